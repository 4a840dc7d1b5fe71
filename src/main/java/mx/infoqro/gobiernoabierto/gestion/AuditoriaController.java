package mx.infoqro.gobiernoabierto.gestion;

import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The decision log for pleno and comision: filters, pages of 50, CSV export of the same rows. */
@Controller
class AuditoriaController {

  static final String RUTA = "/gestion/auditoria";

  private final ConsultaAuditoria consulta;
  private final Plazos plazos;

  AuditoriaController(ConsultaAuditoria consulta, Plazos plazos) {
    this.consulta = consulta;
    this.plazos = plazos;
  }

  @GetMapping(RUTA)
  String lista(
      @RequestParam(required = false) String folio,
      @RequestParam(required = false) String entidad,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String usuario,
      @RequestParam(required = false) String desde,
      @RequestParam(required = false) String hasta,
      @RequestParam(defaultValue = "1") int pagina,
      HttpServletRequest peticion,
      Model model) {
    FiltroAuditoria filtro = FiltroAuditoria.de(folio, entidad, decision, usuario, desde, hasta);
    Page<ConsultaAuditoria.Fila> filas = consulta.pagina(filtro, pagina - 1);
    model.addAttribute("filtro", filtro);
    model.addAttribute("filas", filas.getContent());
    model.addAttribute("paginacion", Paginacion.de(filas, peticion, RUTA));
    model.addAttribute("csv", Paginacion.enlace(peticion, RUTA + ".csv", null));
    model.addAttribute("entidades", consulta.entidades());
    model.addAttribute("decisiones", consulta.decisiones());
    return "gestion/auditoria";
  }

  @GetMapping(RUTA + ".csv")
  void csv(
      @RequestParam(required = false) String folio,
      @RequestParam(required = false) String entidad,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String usuario,
      @RequestParam(required = false) String desde,
      @RequestParam(required = false) String hasta,
      HttpServletResponse respuesta)
      throws IOException {
    FiltroAuditoria valido = FiltroAuditoria.de(folio, entidad, decision, usuario, desde, hasta);
    respuesta.setContentType("text/csv; charset=UTF-8");
    respuesta.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(Mensajes.texto("gestion.csv.archivo", plazos.hoy().toString()))
            .build()
            .toString());
    Writer salida = new OutputStreamWriter(respuesta.getOutputStream(), StandardCharsets.UTF_8);
    consulta.exportar(valido, salida);
    salida.flush();
  }
}
