/*
 * Gobierno Abierto: the custom script of every Camunda webapp (config.js `customScripts`, generated
 * by infraestructura/WebappsEspanol). The locale files (app/<name>/locales/es.json) translate what Camunda
 * translates; this script covers what its 7.24 bundles leave in English:
 *
 *  - the page language (index.html declares English), for screen readers and spell checking;
 *  - AngularJS's $locale (month and day names of the due-date picker and of date filters);
 *  - flatpickr's locale (the calendar of the date fields of Camunda Forms) and the browser's
 *    default date format, which form-js uses for those fields: Mexican (día/mes/año), not the
 *    browser's (an English browser would show 12/3/2026 for the 3rd of December);
 *  - fixed texts of Camunda Forms (form-js 1.x takes no translation: its validation messages,
 *    buttons and placeholders are literals) and of two Bootstrap widgets, replaced in the page as
 *    they appear, each only inside the widget it belongs to, so no data is ever touched.
 *
 * After a Camunda upgrade, check the texts below against lib/deps.js (see the README).
 */

document.documentElement.lang = 'es-MX';

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MESES_CORTOS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const DIAS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const DIAS_CORTOS = ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'];
const MESES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// --- AngularJS: the due-date picker (uib-datepicker) and the `date` filter read $locale -------------

function espanolEnAngular($locale) {
  const f = $locale.DATETIME_FORMATS;
  f.MONTH = MESES;
  f.SHORTMONTH = MESES_CORTOS;
  f.STANDALONEMONTH = MESES;
  f.DAY = DIAS;
  f.SHORTDAY = DIAS_CORTOS;
  f.FIRSTDAYOFWEEK = 6; // Sunday, as in Mexico (Angular counts from Monday = 0)
  f.AMPMS = ['a. m.', 'p. m.'];
  $locale.id = 'es-mx';
}

if (window.angular) {
  const inyector = window.angular.element(document.body).injector();
  if (inyector) {
    espanolEnAngular(inyector.get('$locale'));
  } else {
    // Custom scripts load before the app bootstraps: every injector runs the `ng` module's run blocks
    window.angular.module('ng').run(['$locale', espanolEnAngular]);
  }
}

// --- Date formats: form-js asks Intl for the "default" locale's pattern of its date fields --------

const DateTimeFormatDelNavegador = Intl.DateTimeFormat;

function DateTimeFormatMexicano(locales, opciones) {
  const idioma = locales === undefined || locales === 'default' ? 'es-MX' : locales;
  return new DateTimeFormatDelNavegador(idioma, opciones);
}
DateTimeFormatMexicano.prototype = DateTimeFormatDelNavegador.prototype;
DateTimeFormatMexicano.supportedLocalesOf = DateTimeFormatDelNavegador.supportedLocalesOf;
Intl.DateTimeFormat = DateTimeFormatMexicano;

// --- flatpickr: form-js creates its calendars without a locale, so the default one is used --------

if (window.flatpickr) {
  window.flatpickr.localize({
    weekdays: { shorthand: DIAS_CORTOS, longhand: DIAS },
    months: { shorthand: MESES_CORTOS, longhand: MESES },
    firstDayOfWeek: 0,
    ordinal: () => '',
    rangeSeparator: ' a ',
    weekAbbreviation: 'Sem',
    scrollTitle: 'Desplácese para cambiar',
    toggleTitle: 'Haga clic para cambiar',
    yearAriaLabel: 'Año',
    monthAriaLabel: 'Mes',
    hourAriaLabel: 'Hora',
    minuteAriaLabel: 'Minuto',
    time_24hr: true,
  });
  // Accessible name of each day: "26 de noviembre de 2026"
  window.flatpickr.setDefaults({ ariaDateFormat: 'j \\de F \\de Y' });
}

// --- Fixed texts, replaced inside their own widget ----------------------------------------------

/** Exact texts or patterns of form-js 1.x (Camunda Forms in Tasklist and in Cockpit's preview). */
const FORMULARIOS = [
  [/^Field is required\.$/, 'Este campo es obligatorio.'],
  [/^Field must have minimum length of (\d+)\.$/, 'Escriba al menos $1 caracteres.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Escriba como máximo $1 caracteres.'],
  [/^Field must have minimum value of (.+)\.$/, 'El valor mínimo es $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'El valor máximo es $1.'],
  [/^Field must match pattern .+\.$/, 'El valor no tiene el formato esperado.'],
  [/^Field must be a valid email\.$/, 'Escriba un correo electrónico válido.'],
  [/^Field must be a valid +international phone number\..*$/, 'Escriba un teléfono válido en formato internacional (por ejemplo, +524421234567).'],
  [/^Value is not a number\.$/, 'El valor no es un número.'],
  [/^Value is expected to be an integer\.$/, 'El valor debe ser un número entero.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'El valor admite como máximo $1 decimales.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, 'Elija un valor válido; los dos más cercanos son $1 y $2.'],
  [/^Date and time must both be entered\.$/, 'Escriba la fecha y la hora.'],
  [/^Date must match pattern .*$/, 'La fecha no tiene el formato esperado.'],
  [/^Time must match pattern .*$/, 'La hora no tiene el formato esperado.'],
  [/^Date and time must match pattern .*$/, 'La fecha y la hora no tienen el formato esperado.'],
  [/^Add new$/, 'Agregar'],
  [/^Collapse$/, 'Contraer'],
  [/^Expand all \((\d+)\)$/, 'Mostrar todos ($1)'],
  [/^Remove list item (\d+)$/, 'Quitar el elemento $1'],
  [/^Remove tag$/, 'Quitar'],
  [/^Search$/, 'Buscar'],
  [/^No results$/, 'Sin resultados'],
  [/^Select$/, 'Elija una opción'],
  [/^Nothing to show\.$/, 'Nada que mostrar.'],
  [/^Increment$/, 'Aumentar'],
  [/^Decrement$/, 'Disminuir'],
  [/^Previous page$/, 'Página anterior'],
  [/^Next page$/, 'Página siguiente'],
  [/^Powered by bpmn\.io$/, 'Funciona con bpmn.io'],
  [/^dd\/mm\/yyyy$/, 'dd/mm/aaaa'],
  [/^mm\/dd\/yyyy$/, 'mm/dd/aaaa'],
  [/^yyyy-mm-dd$/, 'aaaa-mm-dd'],
];

/** Screen-reader texts of Bootstrap's alerts and of the due-date picker's arrows. */
const BOOTSTRAP = [
  [/^Close$/, 'Cerrar'],
  [/^previous$/, 'anterior'],
  [/^next$/, 'siguiente'],
];

/** The month title of the due-date picker when Angular formatted it before our $locale applied. */
const CALENDARIO = [[new RegExp('^(' + MESES_EN.join('|') + ') (\\d{4})$'), (_, mes, anio) => MESES[MESES_EN.indexOf(mes)] + ' ' + anio]];

/** Literals of Camunda's own templates that skip the locale files. */
const PLANTILLAS = [
  [/^zoom in$/, 'Acercar'],
  [/^zoom out$/, 'Alejar'],
  [/^reset zoom$/, 'Restablecer el acercamiento'],
  [/^Loading diagram$/, 'Cargando el diagrama'],
  [/^Actions$/, 'Acciones'],
  [/^Toggle this section$/, 'Mostrar u ocultar esta sección'],
  [/^Suspended Job Definition$/, 'Definición de trabajo (job) suspendida'],
  [/^task\.assignee$/, 'Persona asignada'],
  [/^Powered by bpmn\.io$/, 'Funciona con bpmn.io'],
  [/^Only a (\w+) value is allowed$/, 'Solo se admite un valor de tipo $1'],
  [/^Jonny$/, 'Nombre(s)'],
  [/^Prosciutto$/, 'Apellidos'],
  [/^j\.prosciutto@acme\.org$/, 'nombre@ejemplo.mx'],
];

/**
 * The engine's authorization refusal, which read-only users (the Pleno) meet in some Cockpit views.
 * Other engine messages stay as the engine writes them: they are for the administrators.
 */
const AUTORIZACION = [
  [
    /^(Error: )?The user with id '([^']+)' does not have '([^']+)' permission on resource '([^']+)' of type '([^']+)'\.$/,
    'Su usuario ($2) no tiene el permiso $3 sobre el recurso $4 de tipo $5: esta vista no está disponible para su grupo.',
  ],
  [
    /^(Error: )?The user with id '([^']+)' does not have one of the following permissions: .*$/,
    'Su usuario ($2) no tiene los permisos que requiere esta vista.',
  ],
];

const REGLAS = [
  { dentro: '.fjs-container, .fjs-form, .flatpickr-calendar', textos: FORMULARIOS },
  { dentro: 'button.close, .uib-datepicker, [uib-datepicker], .uib-daypicker', textos: BOOTSTRAP.concat(CALENDARIO) },
  {
    dentro:
      '.navigation.zoom, .loading-text, td.actions, th.actions, .section-toggle, [uib-tooltip], .help-block, ' +
      'input[id^="user-profile-"], .bjs-powered-by, .djs-powered-by, .tooltip',
    textos: PLANTILLAS,
  },
  { dentro: '.alert, .notifications-panel, [notifications-panel], .page-notifications, .well', textos: AUTORIZACION },
];

const ATRIBUTOS = ['placeholder', 'aria-label', 'title', 'uib-tooltip'];

function traducir(texto, textos) {
  const limpio = texto.trim();
  if (!limpio) {
    return null;
  }
  for (const [patron, espanol] of textos) {
    if (patron.test(limpio)) {
      return texto.replace(limpio, limpio.replace(patron, espanol));
    }
  }
  return null;
}

function reglaDe(elemento) {
  return elemento && REGLAS.find((r) => elemento.closest(r.dentro));
}

function traducirTexto(nodo) {
  const regla = reglaDe(nodo.parentElement);
  const espanol = regla && traducir(nodo.data, regla.textos);
  if (espanol !== null && espanol !== undefined && espanol !== nodo.data) {
    nodo.data = espanol;
  }
}

function traducirAtributos(elemento) {
  const regla = reglaDe(elemento);
  if (!regla) {
    return;
  }
  for (const atributo of ATRIBUTOS) {
    const valor = elemento.getAttribute(atributo);
    const espanol = valor && traducir(valor, regla.textos);
    if (espanol && espanol !== valor) {
      elemento.setAttribute(atributo, espanol);
    }
  }
}

function traducirArbol(raiz) {
  if (raiz.nodeType === Node.TEXT_NODE) {
    traducirTexto(raiz);
    return;
  }
  if (raiz.nodeType !== Node.ELEMENT_NODE || raiz.namespaceURI === 'http://www.w3.org/2000/svg') {
    return;
  }
  traducirAtributos(raiz);
  const recorrido = document.createTreeWalker(raiz, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (recorrido.nextNode()) {
    const nodo = recorrido.currentNode;
    if (nodo.nodeType === Node.TEXT_NODE) {
      traducirTexto(nodo);
    } else {
      traducirAtributos(nodo);
    }
  }
}

new MutationObserver((cambios) => {
  for (const cambio of cambios) {
    if (cambio.type === 'characterData') {
      traducirTexto(cambio.target);
    } else if (cambio.type === 'attributes') {
      traducirAtributos(cambio.target);
    } else {
      cambio.addedNodes.forEach(traducirArbol);
    }
  }
}).observe(document.documentElement, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATRIBUTOS,
});

traducirArbol(document.documentElement);
