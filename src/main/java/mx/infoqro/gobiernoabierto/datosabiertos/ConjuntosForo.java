package mx.infoqro.gobiernoabierto.datosabiertos;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.comun.DatosContacto;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.mesa.ConsultaSesionesStl;
import mx.infoqro.gobiernoabierto.mesa.ConsultaSesionesStl.VistaSesionStl;
import mx.infoqro.gobiernoabierto.mesa.SesionStl.EstadoSesionStl;
import mx.infoqro.gobiernoabierto.rendicion.EstandaresOgp;
import mx.infoqro.gobiernoabierto.rendicion.EstandaresOgp.Estandar;
import mx.infoqro.gobiernoabierto.rendicion.EstandaresOgp.EstandaresEdicion;
import mx.infoqro.gobiernoabierto.rendicion.FechasEstandares.Evidencia;
import org.springframework.stereotype.Service;

/**
 * The datasets of the forum during the edition (their dictionaries in {@link ConjuntosDatos#COLUMNAS}):
 * the STL's sessions (what the portal shows of them: no attendance list, counts per party only) and
 * the OGP standards of each edition with their evidence dates, as {@code /estandares} computes them.
 */
@Service
class ConjuntosForo {

  private static final DateTimeFormatter HORA = DateTimeFormatter.ofPattern("HH:mm");

  private final ConsultaSesionesStl sesiones;
  private final EstandaresOgp estandares;
  private final Organismo organismo;
  private final Plazos plazos;

  ConjuntosForo(ConsultaSesionesStl sesiones, EstandaresOgp estandares, Organismo organismo, Plazos plazos) {
    this.sesiones = sesiones;
    this.estandares = estandares;
    this.organismo = organismo;
    this.plazos = plazos;
  }

  /** One row per STL session; attendance, agreements and minutes only once the minutes are public. */
  ConjuntoDatos sesiones() {
    List<List<Object>> datos = new ArrayList<>();
    for (VistaSesionStl s : sesiones.todas()) {
      var fechaHora = s.fechaHora().atZoneSameInstant(plazos.ahora().getZone());
      String edicion = s.folio().substring(0, s.folio().indexOf("-STL-"));
      Boolean quorum = s.estado() == EstadoSesionStl.PROGRAMADA ? null : s.estado() == EstadoSesionStl.CELEBRADA;
      datos.add(Arrays.asList(
          edicion, s.folio(), Mensajes.texto("datos.sesiones.tipo.stl"), s.numero(), fechaHora.toLocalDate(), fechaHora.format(HORA),
          Mensajes.texto("estandares.sesion.estado." + s.estado().name()), s.lugar(), s.enlace(), s.ordenDia(),
          plazos.dia(s.celebrada()), s.asistentesComision(), s.asistentesGobierno(), s.asistentesSociedadCivil(), quorum,
          s.acuerdos(), plazos.dia(s.actaPublicada()),
          s.publicada() ? url("/estandares/" + edicion + "#sesion-" + s.numero()) : null));
    }
    LocalDate modificado = datos.stream().flatMap(f -> java.util.stream.Stream.of((LocalDate) f.get(10), (LocalDate) f.get(16)))
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    return new ConjuntoDatos("sesiones", ConjuntosDatos.COLUMNAS.get("sesiones"), datos, modificado);
  }

  /** One row per published edition and standard, as {@code /estandares/{edicion}} shows it today. */
  ConjuntoDatos estandares() {
    List<List<Object>> datos = new ArrayList<>();
    for (String folio : estandares.ediciones()) {
      Optional<EstandaresEdicion> edicion = estandares.deEdicion(folio);
      if (edicion.isEmpty()) {
        continue;
      }
      for (Estandar e : edicion.get().estandares()) {
        LocalDate ultima = e.evidencias().stream().map(Evidencia::fecha).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        datos.add(Arrays.asList(
            folio, e.clave(), Mensajes.texto("estandares." + e.clave() + ".titulo"),
            Mensajes.texto("estandares.estado." + e.estadoClave()), DatosContacto.ocultar(e.resumen()), edicion.get().calculado(),
            e.evidencias().size(), ultima,
            e.evidencias().stream().map(v -> (v.fecha() == null ? "" : v.fecha() + " ") + v.texto()).toList(),
            url("/estandares/" + folio)));
      }
    }
    return new ConjuntoDatos("estandares", ConjuntosDatos.COLUMNAS.get("estandares"), datos, plazos.hoy());
  }

  private String url(String ruta) {
    return organismo.getSitio() + ruta;
  }
}
