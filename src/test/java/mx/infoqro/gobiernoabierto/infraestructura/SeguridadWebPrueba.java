package mx.infoqro.gobiernoabierto.infraestructura;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's own security filter chains ({@link SeguridadWeb}, package-private) for web
 * test slices in other packages: the portal open to everyone with CSRF on every form, the staff
 * pages behind a login, the Camunda paths left alone. The login provider ({@link
 * AutenticacionCamunda}) needs the engine and is not part of it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SeguridadWeb.class)
public class SeguridadWebPrueba {}
