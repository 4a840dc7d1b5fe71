package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.*;
import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.RedaccionCompromisos.CompromisoPropuesto;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

/**
 * Converts the rows of the table's drafting form (Task_RedactarCompromisos: one row per draft, a
 * nested list of milestones, the proposals it takes) into drafts. Malformed values fail with a
 * Spanish {@link ValidacionException}; rows left completely empty are ignored.
 */
final class FormularioBorradores {

  private FormularioBorradores() {}

  /** The draft commitments of Task_RedactarCompromisos, each with its milestones and proposals. */
  @SuppressWarnings("unchecked")
  static List<CompromisoPropuesto> compromisos(List<Map<String, Object>> filas) {
    List<CompromisoPropuesto> compromisos = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> f : filas) {
      if (vacia(f)) {
        continue;
      }
      n++;
      String c = "Compromiso " + n;
      List<BorradorHito> hitos = new ArrayList<>();
      Object valorHitos = f.get(CAMPO_HITOS);
      List<Map<String, Object>> filasHitos =
          valorHitos instanceof List<?> lista ? (List<Map<String, Object>>) lista : List.of();
      int m = 0;
      for (Map<String, Object> h : filasHitos) {
        if (h == null || vacia(h)) {
          continue;
        }
        m++;
        String etiqueta = c + ", hito " + m;
        hitos.add(
            new BorradorHito(
                texto(h.get(CAMPO_DESCRIPCION)),
                texto(h.get(CAMPO_PRODUCTO_ESPERADO)),
                fecha(texto(h.get(CAMPO_FECHA_INICIO)), etiqueta + ": fecha de inicio"),
                fecha(texto(h.get(CAMPO_FECHA_FIN)), etiqueta + ": fecha de fin")));
      }
      Borrador borrador =
          new Borrador(
              texto(f.get(CAMPO_TITULO)),
              texto(f.get(CAMPO_PROBLEMA)),
              texto(f.get(CAMPO_STATUS_QUO)),
              texto(f.get(CAMPO_DESCRIPCION)),
              texto(f.get(CAMPO_COMO_RESUELVE)),
              valores(f.get(CAMPO_VALORES), c),
              id(f.get(CAMPO_SUJETO_RESPONSABLE_ID), c + ": sujeto obligado responsable"),
              texto(f.get(CAMPO_OTROS_ACTORES)),
              texto(f.get(CAMPO_CONTACTO)),
              fecha(texto(f.get(CAMPO_FECHA_INICIO)), c + ": fecha de inicio"),
              fecha(texto(f.get(CAMPO_FECHA_FIN)), c + ": fecha de fin"),
              hitos);
      List<Long> propuestas = new ArrayList<>();
      for (String valor : textos(f.get(CAMPO_PROPUESTAS_ATENDIDAS))) {
        Long id = id(valor.startsWith("#") ? valor.substring(1) : valor, c + ": propuesta atendida");
        if (id != null) {
          propuestas.add(id);
        }
      }
      compromisos.add(new CompromisoPropuesto(borrador, propuestas));
    }
    return compromisos;
  }


  private static Set<ValorGobiernoAbierto> valores(Object valor, String etiqueta) {
    Set<ValorGobiernoAbierto> valores = EnumSet.noneOf(ValorGobiernoAbierto.class);
    for (String texto : textos(valor)) {
      try {
        valores.add(ValorGobiernoAbierto.valueOf(texto));
      } catch (IllegalArgumentException e) {
        throw new ValidacionException(etiqueta + ": el valor de gobierno abierto «" + texto + "» no es válido.");
      }
    }
    return valores;
  }
}
