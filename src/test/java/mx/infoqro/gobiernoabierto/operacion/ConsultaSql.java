package mx.infoqro.gobiernoabierto.operacion;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the shared embedded PostgreSQL database of the tests whose nodes run in their own JVMs
 * (user {@code postgres}, no password), beside the applications, as an operator would with psql.
 */
public final class ConsultaSql {

  private ConsultaSql() {}

  /** The number the query's first column gives ({@code select count(*) …}), with {@code ?} bound in order. */
  public static long contar(String url, String sql, Object... parametros) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement s = preparar(c, sql, parametros);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The query's first two columns, as a map ordered by the first. */
  public static Map<String, String> pares(String url, String sql, Object... parametros) throws SQLException {
    Map<String, String> pares = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement s = preparar(c, sql, parametros);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        pares.put(r.getString(1), r.getString(2));
      }
    }
    return pares;
  }

  private static PreparedStatement preparar(Connection c, String sql, Object... parametros) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parametros.length; i++) {
      s.setObject(i + 1, parametros[i]);
    }
    return s;
  }
}
