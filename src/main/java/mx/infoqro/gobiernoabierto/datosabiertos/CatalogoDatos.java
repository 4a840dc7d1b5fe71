package mx.infoqro.gobiernoabierto.datosabiertos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Organismo;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the open-data page and the DCAT-style catalogue say of each dataset: title, description,
 * keywords, data dictionary, license, last update, publisher and contact, temporal and spatial
 * coverage, update frequency, and per file its download URL, media type and size. The catalogue
 * ({@code /datos/catalogo.json}) uses DCAT's vocabulary so national portals can harvest it.
 */
@Service
class CatalogoDatos {

  /** Mexico's open-data license (DOMAIN.md). */
  static final String LICENCIA_URL = "https://datos.gob.mx/libreusomx";

  record Diccionario(String columna, String tipo, String significado) {}

  record Descarga(String formato, String url, String tipo) {}

  record Ficha(
      String id, String titulo, String descripcion, List<String> palabrasClave, List<Diccionario> diccionario,
      LocalDate modificado, List<Descarga> descargas) {}

  private final ConjuntosDatos conjuntos;
  private final CatalogoInegi inegi;
  private final Organismo organismo;
  private final ObjectMapper json;

  CatalogoDatos(ConjuntosDatos conjuntos, CatalogoInegi inegi, Organismo organismo, ObjectMapper json) {
    this.conjuntos = conjuntos;
    this.inegi = inegi;
    this.organismo = organismo;
    this.json = json;
  }

  /** The page's description of every dataset (reads each dataset once for its last update). */
  @Transactional(readOnly = true)
  List<Ficha> fichas() {
    return ConjuntosDatos.IDS.stream().map(id -> ficha(conjuntos.conjunto(id).orElseThrow())).toList();
  }

  private Ficha ficha(ConjuntoDatos c) {
    String id = c.id();
    List<Descarga> descargas =
        List.of(Formatos.values()).stream()
            .filter(f -> f != Formatos.XLSX || ConjuntosDatos.conXlsx(id))
            .map(f -> new Descarga(f.extension.toUpperCase(), "/datos/" + id + "." + f.extension, f.tipo.toString()))
            .toList();
    return new Ficha(
        id,
        Mensajes.texto("datos." + id + ".titulo"),
        Mensajes.texto("datos." + id + ".descripcion"),
        List.of(Mensajes.texto("datos." + id + ".palabras").split(",\\s*")),
        c.columnas().stream()
            .map(col -> new Diccionario(col.nombre(), Mensajes.texto("datos.tipo." + col.tipo().name()), Mensajes.texto("datos." + id + ".columna." + col.nombre())))
            .toList(),
        c.modificado(),
        descargas);
  }

  /** The DCAT-style catalogue, with each file's size (each file is written once to measure it). */
  @Transactional(readOnly = true)
  ObjectNode catalogo() {
    ObjectNode catalogo = json.createObjectNode();
    catalogo.put("@context", "https://www.w3.org/ns/dcat.jsonld");
    catalogo.put("@type", "dcat:Catalog");
    catalogo.put("title", Mensajes.texto("datos.catalogo.titulo"));
    catalogo.put("description", Mensajes.texto("datos.catalogo.descripcion"));
    catalogo.put("homepage", organismo.getSitio() + "/datos");
    catalogo.put("language", "es-MX");
    catalogo.put("license", LICENCIA_URL);
    catalogo.set("publisher", publicador());
    ArrayNode lista = catalogo.putArray("dataset");
    for (String id : ConjuntosDatos.IDS) {
      ConjuntoDatos c = conjuntos.conjunto(id).orElseThrow();
      Ficha f = ficha(c);
      ObjectNode d = lista.addObject();
      d.put("@type", "dcat:Dataset");
      d.put("identifier", organismo.getSitio() + "/datos/" + id);
      d.put("title", f.titulo());
      d.put("description", f.descripcion());
      f.palabrasClave().forEach(d.withArray("keyword")::add);
      d.put("modified", f.modificado() != null ? f.modificado().toString() : null);
      d.put("license", LICENCIA_URL);
      d.put("accrualPeriodicity", Mensajes.texto("datos.periodicidad"));
      d.set("publisher", publicador());
      ObjectNode contacto = d.putObject("contactPoint");
      contacto.put("fn", organismo.getNombre());
      contacto.put("hasEmail", "mailto:" + organismo.getCorreo());
      temporal(c).ifPresent(t -> d.set("temporal", t));
      inegi.entidad().ifPresent(e -> d.put("spatial", Mensajes.texto("datos.cobertura-espacial", e.entidad(), e.nombreEntidad())));
      ArrayNode distribuciones = d.putArray("distribution");
      for (Formatos formato : Formatos.values()) {
        if (formato == Formatos.XLSX && !ConjuntosDatos.conXlsx(id)) {
          continue;
        }
        ObjectNode dist = distribuciones.addObject();
        dist.put("@type", "dcat:Distribution");
        dist.put("title", f.titulo() + " (" + formato.extension.toUpperCase() + ")");
        dist.put("downloadURL", organismo.getSitio() + "/datos/" + id + "." + formato.extension);
        dist.put("mediaType", formato.tipo.toString());
        dist.put("format", formato.extension.toUpperCase());
        dist.put("byteSize", tamanio(c, formato));
        dist.put("license", LICENCIA_URL);
      }
      ObjectNode esquema = d.putObject("describedBy");
      esquema.put("url", organismo.getSitio() + "/datos#diccionario-" + id);
      ArrayNode columnas = esquema.putArray("columnas");
      for (Diccionario col : f.diccionario()) {
        columnas.addObject().put("nombre", col.columna()).put("tipo", col.tipo()).put("descripcion", col.significado());
      }
    }
    return catalogo;
  }

  private ObjectNode publicador() {
    ObjectNode p = json.createObjectNode();
    p.put("name", organismo.getNombre());
    p.put("mbox", organismo.getCorreo());
    return p;
  }

  /** The span of the dataset's dates (first and last ISO date found in its date columns). */
  private java.util.Optional<ObjectNode> temporal(ConjuntoDatos c) {
    LocalDate inicio = null;
    LocalDate fin = null;
    for (int i = 0; i < c.columnas().size(); i++) {
      if (c.columnas().get(i).tipo() != ConjuntoDatos.Tipo.FECHA) {
        continue;
      }
      for (List<Object> fila : c.filas()) {
        if (fila.get(i) instanceof LocalDate fecha) {
          inicio = inicio == null || fecha.isBefore(inicio) ? fecha : inicio;
          fin = fin == null || fecha.isAfter(fin) ? fecha : fin;
        }
      }
    }
    if (inicio == null) {
      return java.util.Optional.empty();
    }
    ObjectNode t = json.createObjectNode();
    t.put("startDate", inicio.toString());
    t.put("endDate", fin.toString());
    return java.util.Optional.of(t);
  }

  private static long tamanio(ConjuntoDatos c, Formatos formato) {
    Contador contador = new Contador();
    try {
      formato.escribir(c, contador);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return contador.bytes;
  }

  /** Counts what is written and keeps nothing. */
  private static final class Contador extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int desde, int cuantos) {
      bytes += cuantos;
    }
  }

}
