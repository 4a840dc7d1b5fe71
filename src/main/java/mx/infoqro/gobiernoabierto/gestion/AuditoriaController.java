package mx.infoqro.gobiernoabierto.gestion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The decision log for pleno and comision: filters, pages of 50, CSV export of the same rows. */
@Controller
class AuditoriaController {

  static final String RUTA = "/gestion/auditoria";

  private final ConsultaAuditoria consulta;

  AuditoriaController(ConsultaAuditoria consulta) {
    this.consulta = consulta;
  }

  @GetMapping(RUTA)
  String lista(
      @ModelAttribute("filtro") FiltroAuditoria filtro,
      BindingResult errores,
      @RequestParam(defaultValue = "1") int pagina,
      HttpServletRequest peticion,
      Model model) {
    FiltroAuditoria valido = errores.hasErrors() ? sinFechasInvalidas(filtro, errores) : filtro;
    Page<ConsultaAuditoria.Fila> filas = consulta.pagina(valido, pagina - 1);
    model.addAttribute("filas", filas.getContent());
    model.addAttribute("paginacion", Paginacion.de(filas, peticion, RUTA));
    model.addAttribute("csv", Paginacion.enlace(peticion, RUTA + ".csv", null));
    model.addAttribute("entidades", consulta.entidades());
    model.addAttribute("decisiones", consulta.decisiones());
    return "gestion/auditoria";
  }

  @GetMapping(RUTA + ".csv")
  void csv(@ModelAttribute FiltroAuditoria filtro, BindingResult errores, HttpServletResponse respuesta)
      throws IOException {
    FiltroAuditoria valido = errores.hasErrors() ? sinFechasInvalidas(filtro, errores) : filtro;
    respuesta.setContentType("text/csv; charset=UTF-8");
    respuesta.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("registro-decisiones-" + LocalDate.now(ConsultaAuditoria.ZONA) + ".csv")
            .build()
            .toString());
    Writer salida = new OutputStreamWriter(respuesta.getOutputStream(), StandardCharsets.UTF_8);
    consulta.exportar(valido, salida);
    salida.flush();
  }

  /** A date that is not a date is ignored (the page says so next to the field). */
  private static FiltroAuditoria sinFechasInvalidas(FiltroAuditoria f, BindingResult errores) {
    return new FiltroAuditoria(
        f == null ? null : f.folio(),
        f == null ? null : f.entidad(),
        f == null ? null : f.decision(),
        f == null ? null : f.usuario(),
        errores.hasFieldErrors("desde") || f == null ? null : f.desde(),
        errores.hasFieldErrors("hasta") || f == null ? null : f.hasta());
  }
}
