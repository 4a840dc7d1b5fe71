package mx.infoqro.gobiernoabierto.datosabiertos;

import static mx.infoqro.gobiernoabierto.comun.DatosContacto.ocultar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas.PropuestaPublica;
import mx.infoqro.gobiernoabierto.registro.EstadisticasRegistro.Dimension;
import mx.infoqro.gobiernoabierto.registro.ReglasEstadistica.Celda;
import mx.infoqro.gobiernoabierto.rendicion.EstadisticasParticipacion;
import mx.infoqro.gobiernoabierto.rendicion.EstadisticasParticipacion.Estadisticas;
import org.springframework.stereotype.Component;

/**
 * The datasets of co-creation, for {@link ConjuntosDatos}: the proposals with their reasoned
 * responses (authors as the public name they chose, texts without contact data) and the anonymous
 * participation aggregates with their INEGI keys. Called within its read-only transaction.
 */
@Component
class ConjuntosCocreacion {

  private final CompromisosPublicados publicados;
  private final ConsultaMesas mesas;
  private final EstadisticasParticipacion estadisticas;
  private final CatalogoInegi inegi;
  private final Organismo organismo;
  private final Plazos plazos;

  ConjuntosCocreacion(
      CompromisosPublicados publicados,
      ConsultaMesas mesas,
      EstadisticasParticipacion estadisticas,
      CatalogoInegi inegi,
      Organismo organismo,
      Plazos plazos) {
    this.publicados = publicados;
    this.mesas = mesas;
    this.estadisticas = estadisticas;
    this.inegi = inegi;
    this.organismo = organismo;
    this.plazos = plazos;
  }

  ConjuntoDatos propuestas() {
    Map<Long, String> folios = new HashMap<>();
    publicados.compromisos().forEach(c -> folios.put(c.id(), c.folio()));
    List<List<Object>> datos = new ArrayList<>();
    for (PropuestaPublica p : mesas.propuestasPublicas()) {
      datos.add(
          Arrays.asList(
              p.edicion(), p.id().intValue(), p.mesaFolio(), p.eje(), ocultar(p.autor()), p.sesion(), plazos.dia(p.recibida()),
              ocultar(p.problema()), ocultar(p.causa()), ocultar(p.propuesta()),
              p.decision() != null ? Mensajes.texto("portal.mesa.decision." + p.decision().name()) : null, ocultar(p.razon()),
              plazos.dia(p.respondida()), p.fusionadaCon() != null ? p.fusionadaCon().intValue() : null,
              p.compromisoId() != null ? folios.get(p.compromisoId()) : null,
              organismo.getSitio() + ("/mesas/" + p.mesaId() + "#propuesta-" + p.id())));
    }
    LocalDate modificado =
        datos.stream().flatMap(f -> Stream.of((LocalDate) f.get(6), (LocalDate) f.get(12))).filter(Objects::nonNull)
            .max(Comparator.naturalOrder()).orElse(null);
    return new ConjuntoDatos("propuestas", ConjuntosDatos.COLUMNAS.get("propuestas"), datos, modificado);
  }

  ConjuntoDatos participacion() {
    List<List<Object>> datos = new ArrayList<>();
    LocalDate modificado = null;
    for (Estadisticas e : estadisticas.todas()) {
      if (e.conRegistro()) {
        modificado = modificado == null || e.tomada().isAfter(modificado) ? e.tomada() : modificado;
        datos.add(celda(e, "TOTAL", e.total(), null));
        for (EstadisticasParticipacion.Tabla t : e.registro()) {
          for (Celda c : t.celdas()) {
            datos.add(celda(e, t.dimension().name(), c, t.dimension()));
          }
        }
      }
      var co = e.cocreacion();
      datos.add(cifra(e, "mesas_instaladas", co.mesasInstaladas(), "mesas"));
      datos.add(cifra(e, "sesiones_celebradas", co.sesionesCelebradas(), "sesiones"));
      datos.add(cifra(e, "propuestas_recibidas", co.propuestas(), "propuestas"));
      co.respuestas().forEach((d, n) -> datos.add(cifra(e, "propuestas_" + d.name().toLowerCase(), n, "propuestas")));
      datos.add(cifra(e, "propuestas_sin_respuesta", co.sinRespuesta(), "propuestas"));
    }
    return new ConjuntoDatos("participacion", ConjuntosDatos.COLUMNAS.get("participacion"), datos, modificado);
  }

  private List<Object> celda(Estadisticas e, String dimension, Celda c, Dimension d) {
    var claves = d == Dimension.MUNICIPIO ? inegi.municipio(c.categoria()) : Optional.<CatalogoInegi.ClaveInegi>empty();
    String entidad = claves.map(CatalogoInegi.ClaveInegi::entidad).orElse(null);
    return Arrays.asList(
        e.edicion(), e.tomada(), dimension, c.categoria(), entidad, claves.map(CatalogoInegi.ClaveInegi::municipio).orElse(null),
        c.personas(), "personas", c.menosDe3(), c.reservada());
  }

  private static List<Object> cifra(Estadisticas e, String categoria, long valor, String unidad) {
    return Arrays.asList(e.edicion(), null, "COCREACION", categoria, null, null, (int) valor, unidad, false, false);
  }

}
