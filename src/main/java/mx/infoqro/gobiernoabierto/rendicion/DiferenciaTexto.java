package mx.infoqro.gobiernoabierto.rendicion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a change removed from a text and the words it added, for the versions page: the
 * longest common sequence of words stays plain (each side with its own spacing), the rest is marked on each
 * side. Pure; texts too long to compare word by word (more than {@value #CELDAS_MAXIMAS} cells
 * once the common beginning and end are set aside) are marked whole.
 */
final class DiferenciaTexto {

  /** One run of a text: {@code cambiado} when the other version does not have it. */
  record Fragmento(String texto, boolean cambiado) {}

  /** The old text and the new one, each in runs. */
  record Diferencia(List<Fragmento> antes, List<Fragmento> despues) {}

  static final int CELDAS_MAXIMAS = 2_000_000;

  static final int COMUN_MINIMO = 3;

  private static final Pattern PALABRA = Pattern.compile("\\s*\\S+\\s*|\\s+");

  private DiferenciaTexto() {}

  static Diferencia de(String antes, String despues) {
    List<String> a = palabras(antes == null ? "" : antes);
    List<String> b = palabras(despues == null ? "" : despues);
    int inicio = 0;
    while (inicio < a.size() && inicio < b.size() && igual(a.get(inicio), b.get(inicio))) {
      inicio++;
    }
    int finA = a.size();
    int finB = b.size();
    while (finA > inicio && finB > inicio && igual(a.get(finA - 1), b.get(finB - 1))) {
      finA--;
      finB--;
    }
    Lado izquierdo = new Lado();
    Lado derecho = new Lado();
    a.subList(0, inicio).forEach(p -> izquierdo.agregar(p, false));
    b.subList(0, inicio).forEach(p -> derecho.agregar(p, false));
    List<String> medioA = a.subList(inicio, finA);
    List<String> medioB = b.subList(inicio, finB);
    if ((long) (medioA.size() + 1) * (medioB.size() + 1) > CELDAS_MAXIMAS) {
      medioA.forEach(p -> izquierdo.agregar(p, true));
      medioB.forEach(p -> derecho.agregar(p, true));
    } else {
      comunes(medioA, medioB, izquierdo, derecho);
    }
    a.subList(finA, a.size()).forEach(p -> izquierdo.agregar(p, false));
    b.subList(finB, b.size()).forEach(p -> derecho.agregar(p, false));
    return new Diferencia(izquierdo.fragmentos, derecho.fragmentos);
  }

  /**
   * The longest common subsequence of words, by dynamic programming from the end; a common run of
   * fewer than {@value #COMUN_MINIMO} words between changes ("de", "la") is shown as changed, so a
   * rewritten sentence reads as one removal and one addition rather than a scatter of marks.
   */
  private static void comunes(List<String> a, List<String> b, Lado izquierdo, Lado derecho) {
    int n = a.size();
    int m = b.size();
    int[][] largo = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        largo[i][j] = igual(a.get(i), b.get(j)) ? largo[i + 1][j + 1] + 1 : Math.max(largo[i + 1][j], largo[i][j + 1]);
      }
    }
    // The alignment: 0 a word of both, -1 only of the old text, 1 only of the new one
    List<int[]> pasos = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && igual(a.get(i), b.get(j))) {
        pasos.add(new int[] {0, i++, j++});
      } else if (j == m || (i < n && largo[i + 1][j] >= largo[i][j + 1])) {
        pasos.add(new int[] {-1, i++, -1});
      } else {
        pasos.add(new int[] {1, -1, j++});
      }
    }
    for (int k = 0; k < pasos.size(); ) {
      int fin = k;
      while (fin < pasos.size() && (pasos.get(fin)[0] == 0) == (pasos.get(k)[0] == 0)) {
        fin++;
      }
      boolean breveEntreCambios = pasos.get(k)[0] == 0 && fin - k < COMUN_MINIMO && k > 0 && fin < pasos.size();
      for (int[] paso : pasos.subList(k, fin)) {
        if (paso[0] <= 0) {
          izquierdo.agregar(a.get(paso[1]), paso[0] != 0 || breveEntreCambios);
        }
        if (paso[0] >= 0) {
          derecho.agregar(b.get(paso[2]), paso[0] != 0 || breveEntreCambios);
        }
      }
      k = fin;
    }
  }

  /** Two words are the same whatever space follows them (each side keeps its own). */
  private static boolean igual(String a, String b) {
    return a.strip().equals(b.strip());
  }

  private static List<String> palabras(String texto) {
    List<String> palabras = new ArrayList<>();
    Matcher m = PALABRA.matcher(texto);
    while (m.find()) {
      palabras.add(m.group());
    }
    return palabras;
  }

  /** One side's runs, consecutive words of the same kind joined. */
  private static final class Lado {
    final List<Fragmento> fragmentos = new ArrayList<>();

    void agregar(String palabra, boolean cambiado) {
      int ultimo = fragmentos.size() - 1;
      if (ultimo >= 0 && fragmentos.get(ultimo).cambiado() == cambiado) {
        fragmentos.set(ultimo, new Fragmento(fragmentos.get(ultimo).texto() + palabra, cambiado));
      } else {
        fragmentos.add(new Fragmento(palabra, cambiado));
      }
    }
  }
}
