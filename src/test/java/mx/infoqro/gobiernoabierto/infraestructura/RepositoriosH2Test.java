package mx.infoqro.gobiernoabierto.infraestructura;

import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The repository and migration checks on H2, in the shared test context. */
class RepositoriosH2Test extends PruebaIntegracion implements RepositoriosComunes {

  @Autowired ApplicationContext contexto;

  @Override
  public ApplicationContext contexto() {
    return contexto;
  }

  @Override
  public String baseDeDatosEsperada() {
    return "H2";
  }
}
