package org.sbiretl.pipeline.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credential-like content in the text of one file: a private key block, an AWS access key id,
 * a password in a URL, and a {@code password}, {@code secret} or {@code token} key given a literal
 * value in configuration (YAML, properties, JSON, shell, SQL, XML, Java string literals and
 * constants, and the code blocks of Markdown).
 *
 * <p>A key's value is not a credential when it is empty, a reference resolved at run time ({@code
 * ${DB_PASSWORD}}, {@code $VAR}, {@code $(command)}) or the name of such a variable ({@code
 * SBIR_ETL_DATABASE_PASSWORD}), a placeholder ({@code ...}, {@code ****}, {@code <password>}), or,
 * in test sources only, one of the few deliberately fake values the tests use to check that a
 * secret is never echoed. Everything else is reported, without the value.
 *
 * <p>The patterns are written so that this file does not match them itself ({@code -{5}} for the
 * dashes of a key block, the key words in one space-separated string).
 */
final class CredentialScanner {
  /** One finding: where, and which rule; the value itself is never repeated. */
  record Finding(String path, int line, String rule) {
    @Override
    public String toString() {
      return path + ":" + line + ": " + rule;
    }
  }

  private static final Pattern PRIVATE_KEY =
      Pattern.compile("-{5}BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-{5}");
  private static final Pattern AWS_ACCESS_KEY_ID =
      Pattern.compile("(?<![A-Z0-9])AKIA[0-9A-Z]{16}(?![A-Z0-9])");

  /** A password between the user and the host of a URL, {@code scheme://user:<password>@host}. */
  private static final Pattern URL_PASSWORD =
      Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@\"']+:([^/\\s@\"']*)@");

  /** {@code key: value} or {@code key=value}, the key optionally quoted (JSON, YAML). */
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "(?<![A-Za-z0-9_.-])[\"']?([A-Za-z_][A-Za-z0-9_.-]*)[\"']?\\s*[:=](?![=:])\\s*(.*)");

  /** SQL's {@code ... PASSWORD 'value'} (CREATE/ALTER ROLE), e.g. in a shell script. */
  private static final Pattern SQL_PASSWORD = Pattern.compile("(?i)\\bPASSWORD\\s+'([^']*)'");

  /** {@code <password>value</password>}, e.g. Maven's settings.xml. */
  private static final Pattern XML_ELEMENT =
      Pattern.compile("<([A-Za-z_][A-Za-z0-9_.-]*)>([^<]*)</\\1>");

  /** Java: a constant or variable given a string literal. */
  private static final Pattern JAVA_ASSIGNMENT =
      Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** Java: a key and a value as two string literals, {@code Map.of("KEY", "value")}. */
  private static final Pattern JAVA_PAIR =
      Pattern.compile("\"([A-Za-z_][A-Za-z0-9_.-]*)\"\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern JAVA_CHAR = Pattern.compile("'(?:[^'\\\\]|\\\\.)'");

  /** Key names ending in one of these (separators and case ignored) hold a credential. */
  private static final List<String> SENSITIVE_ENDINGS =
      List.of("password passwd secret token apikey secretkey accesskey privatekey".split(" "));

  /**
   * The values the tests use to show that a secret is never printed: classic fakes, kept few and
   * exact so that a real value in a test still fails.
   */
  private static final Set<String> TEST_FAKES = Set.of("hunter2 s3cret s3cret-db-pw".split(" "));

  private static final Pattern PLACEHOLDER = Pattern.compile("\\.\\.\\.|…|\\*+|<[^<>]+>");

  private enum Kind {
    CONFIG,
    JAVA,
    MARKDOWN,
    XML,
    OTHER
  }

  private CredentialScanner() {}

  static List<Finding> scan(String path, String text) {
    List<Finding> findings = new ArrayList<>();
    Kind kind = kind(path, text);
    boolean test = path.contains("src/test/");
    boolean fenced = false;
    boolean textBlock = false;
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Scan at = new Scan(path, i + 1, test, findings);
      if (PRIVATE_KEY.matcher(line).find()) {
        at.report("private key block");
      }
      if (AWS_ACCESS_KEY_ID.matcher(line).find()) {
        at.report("AWS access key id");
      }
      if (kind == Kind.OTHER) {
        continue;
      }
      Matcher url = URL_PASSWORD.matcher(line);
      while (url.find()) {
        at.value("password in a URL", url.group(1));
      }
      switch (kind) {
        case CONFIG -> at.config(line);
        case XML -> at.xml(line);
        case MARKDOWN -> {
          if (line.strip().startsWith("```")) {
            fenced = !fenced;
          } else if (fenced) {
            at.config(line);
          }
        }
        case JAVA -> {
          int quotes = count(line, "\"\"\"");
          if (textBlock || quotes > 0) {
            at.config(line.replace("\"\"\"", ""));
          }
          if (quotes % 2 == 1) {
            textBlock = !textBlock;
          }
          if (!textBlock) {
            at.java(line);
          }
        }
        default -> {}
      }
    }
    return findings;
  }

  private static Kind kind(String path, String text) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "java" -> Kind.JAVA;
      case "md" -> Kind.MARKDOWN;
      case "xml" -> Kind.XML;
      case "yaml",
          "yml",
          "properties",
          "json",
          "sh",
          "bash",
          "env",
          "conf",
          "cfg",
          "ini",
          "toml",
          "sql" ->
          Kind.CONFIG;
      // Scripts without an extension (the launcher, .ci/run) and dotfiles such as .env.
      default -> text.startsWith("#!") || name.startsWith(".env") ? Kind.CONFIG : Kind.OTHER;
    };
  }

  private static int count(String line, String what) {
    int n = 0;
    for (int i = line.indexOf(what); i >= 0; i = line.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  static boolean isSensitiveKey(String key) {
    String squashed = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return SENSITIVE_ENDINGS.stream().anyMatch(squashed::endsWith);
  }

  /** The checks of one line. */
  private record Scan(String path, int line, boolean test, List<Finding> findings) {
    void report(String rule) {
      findings.add(new Finding(path, line, rule));
    }

    /** YAML, properties, JSON, shell: every {@code key: value} and {@code key=value}. */
    void config(String text) {
      Matcher m = ASSIGNMENT.matcher(text);
      int from = 0;
      while (from < text.length() && m.find(from)) {
        if (isSensitiveKey(m.group(1))) {
          value("'" + m.group(1) + "' given a literal value", firstWord(m.group(2)));
        }
        // The value may hold the next assignment: "user=etl token=..." on one line, or JSON.
        from = m.start(2);
      }
      Matcher sql = SQL_PASSWORD.matcher(text);
      while (sql.find()) {
        value("SQL PASSWORD given a literal value", sql.group(1));
      }
    }

    void xml(String text) {
      Matcher m = XML_ELEMENT.matcher(text);
      while (m.find()) {
        if (isSensitiveKey(m.group(1))) {
          value("<" + m.group(1) + "> given a literal value", m.group(2).strip());
        }
      }
    }

    /** Constants and map entries, and configuration text inside string literals. */
    void java(String code) {
      String line = JAVA_CHAR.matcher(code).replaceAll("' '");
      // Keys and "=" are looked for in the code only: in a string they are text, e.g. the
      // ", password=" + mask(password) of a toString.
      String codeOnly = blankStrings(line);
      for (Pattern pattern : List.of(JAVA_ASSIGNMENT, JAVA_PAIR)) {
        Matcher m = pattern.matcher(codeOnly);
        while (m.find()) {
          String key = line.substring(m.start(1), m.end(1));
          if (key.matches("[A-Za-z_][A-Za-z0-9_.-]*") && isSensitiveKey(key)) {
            value(
                "'" + key + "' given a literal value",
                unescape(line.substring(m.start(2), m.end(2))));
          }
        }
      }
      Matcher s = JAVA_STRING.matcher(line);
      while (s.find()) {
        for (String text : unescape(s.group(1)).split("\n")) {
          config(text);
        }
      }
    }

    /** The line with the content of each string literal replaced by as many x's. */
    private static String blankStrings(String line) {
      StringBuilder blanked = new StringBuilder(line);
      Matcher s = JAVA_STRING.matcher(line);
      while (s.find()) {
        for (int i = s.start(1); i < s.end(1); i++) {
          blanked.setCharAt(i, 'x');
        }
      }
      return blanked.toString();
    }

    /** Reports a credential unless the value is empty, a reference, a placeholder or a fake. */
    void value(String rule, String raw) {
      String value = raw.strip();
      boolean harmless =
          value.isEmpty()
              || value.equals("null")
              || value.equals("~")
              || value.startsWith("$")
              // The name of the variable that holds it, e.g. SBIR_ETL_DATABASE_PASSWORD.
              || (value.matches("[A-Z][A-Z0-9_]*") && isSensitiveKey(value))
              || PLACEHOLDER.matcher(value).matches()
              || (test && TEST_FAKES.contains(value));
      if (!harmless) {
        report(rule);
      }
    }

    /** The value up to a comment, a separator or a space; without its quotes. */
    private static String firstWord(String rest) {
      String value = rest.strip();
      if (value.startsWith("\"") || value.startsWith("'")) {
        int end = value.indexOf(value.charAt(0), 1);
        return end < 0 ? value.substring(1) : value.substring(1, end);
      }
      int end = 0;
      while (end < value.length() && " \t,;#}]".indexOf(value.charAt(end)) < 0) {
        end++;
      }
      return value.substring(0, end);
    }

    private static String unescape(String literal) {
      return literal.replace("\\n", "\n").replace("\\\"", "\"").replace("\\t", "\t");
    }
  }
}
