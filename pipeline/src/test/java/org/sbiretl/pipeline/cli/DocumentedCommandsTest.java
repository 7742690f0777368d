package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every {@code ./sbir-etl} command line quoted in README.md and docs/ still parses: its command and
 * options exist and take the values given. A renamed option fails here, not in an operator's hands.
 * Shell variables and capitalised placeholders stand for values; what follows a pipe, a
 * redirection, {@code &&} or a bracketed remark is not part of the command.
 */
class DocumentedCommandsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern INLINE = Pattern.compile("`(\\./sbir-etl [^`]+)`");

  /** A documented command: where it is quoted, and its text. */
  record Quoted(String where, String text) {}

  static List<Quoted> quotedCommands() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<Quoted> out = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      // Prose with the fenced blocks blanked, so that an inline command may wrap across lines.
      StringBuilder prose = new StringBuilder();
      boolean fenced = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = ROOT.relativize(file) + ":" + (i + 1);
        if (line.strip().startsWith("```")) {
          fenced = !fenced;
          line = "";
        } else if (fenced) {
          if (line.strip().startsWith("./sbir-etl ")) {
            StringBuilder text = new StringBuilder(line.strip());
            while (text.toString().endsWith("\\") && i + 1 < lines.size()) {
              text.setLength(text.length() - 1);
              text.append(' ').append(lines.get(++i).strip());
              prose.append('\n');
            }
            out.add(new Quoted(where, text.toString()));
          }
          line = "";
        }
        prose.append(line).append('\n');
      }
      Matcher m = INLINE.matcher(prose);
      while (m.find()) {
        int line = 1 + (int) prose.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        out.add(new Quoted(ROOT.relativize(file) + ":" + line, m.group(1).replaceAll("\\s+", " ")));
      }
    }
    return out;
  }

  /** The arguments after {@code ./sbir-etl}, up to the first shell operator or comment. */
  static List<String> arguments(String command) {
    List<String> args = new ArrayList<>();
    Matcher words = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(command);
    while (words.find()) {
      String word = words.group(3);
      if (word != null
          && (word.equals("|")
              || word.equals("&&")
              || word.equals("#")
              || word.startsWith("(")
              || word.startsWith(">")
              || word.startsWith("2>"))) {
        break;
      }
      String value = word != null ? word : words.group(1) != null ? words.group(1) : words.group(2);
      // Shell variables and placeholders in capitals (N, DIR) stand for a value; 1 parses as a
      // number, a name and a path alike.
      String substituted = value.replaceAll("\\$\\{?[A-Za-z_]+}?", "1");
      args.add(substituted.matches("[A-Z][A-Z0-9_]*") ? "1" : substituted);
    }
    return args.subList(1, args.size());
  }

  @Test
  void everyDocumentedCommandParses() throws IOException {
    List<Quoted> quoted = quotedCommands();
    assertThat(quoted.size(), greaterThan(30));
    List<String> failures = new ArrayList<>();
    for (Quoted q : quoted) {
      List<String> args = arguments(q.text());
      // Usage synopses ("[--runs K]", "a|b") describe the syntax; they are not command lines.
      if (args.stream().anyMatch(a -> a.startsWith("[") || a.contains("|") || a.equals("..."))) {
        continue;
      }
      try {
        SbirEtlCommand.commandLine().parseArgs(args.toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        failures.add(q.where() + ": " + q.text() + " -> " + e.getMessage());
      }
    }
    assertThat(String.join("\n", failures), failures, is(empty()));
  }

  @Test
  void argumentsStopAtShellOperatorsAndVariablesStandForValues() {
    assertThat(
        arguments("./sbir-etl evaluate --enriched \"$OUT\" --truth x.csv | tee e.txt"),
        is(List.of("evaluate", "--enriched", "1", "--truth", "x.csv")));
    assertThat(
        arguments("./sbir-etl enrich --set 'matching.high_threshold=0.95' > log 2>&1"),
        is(List.of("enrich", "--set", "matching.high_threshold=0.95")));
  }
}
