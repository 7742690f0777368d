package org.sbiretl.pipeline.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.transforms.read.InvalidInputException;

/**
 * The folders inputs may be read from ({@code security.input_roots}). When some are configured, a
 * path given to a command must resolve, with {@code ..} and every symbolic link followed, to a
 * place under one of them: so a command started with arguments from elsewhere (a scheduler, a web
 * form) cannot be pointed at other files, and a link planted inside a root cannot lead out of it.
 * Without roots, anything readable may be read.
 */
public final class InputRoots {
  private static final String KEY = "security.input_roots";

  /** Each configured root as given, and as a real path when it exists. */
  private final List<Path> given;

  private final List<Path> resolved;

  private InputRoots(List<Path> given) {
    this.given = List.copyOf(given);
    List<Path> real = new ArrayList<>();
    for (Path root : given) {
      real.add(resolve(root));
    }
    this.resolved = List.copyOf(real);
  }

  public static InputRoots of(EtlConfig config) {
    return of(config.security().inputRoots());
  }

  public static InputRoots of(List<String> roots) {
    return new InputRoots(roots.stream().map(Path::of).toList());
  }

  /** True when inputs are confined to the roots. */
  public boolean restricted() {
    return !given.isEmpty();
  }

  /**
   * Refuses an input that is not under a root. A glob's folder part must be under a root and so
   * must every file it matches (one of them may be a link that leads out).
   *
   * @param option how the input was given, e.g. {@code --awards}, for the message
   * @param pathOrGlob a local path or glob; a URL ({@code gs://...}) cannot be under a local root
   *     and is refused when roots are set. A {@code jdbc:} URL is not a path: do not pass it.
   * @throws InvalidInputException naming the input and the roots
   */
  public void check(String option, String pathOrGlob) {
    if (!restricted()) {
      return;
    }
    if (pathOrGlob.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) {
      throw new InvalidInputException(
          option + " " + pathOrGlob + " is a URL, not a local path under " + describeRoots());
    }
    int wildcard = firstWildcard(pathOrGlob);
    if (wildcard < 0) {
      requireUnder(option, pathOrGlob, Path.of(pathOrGlob));
      return;
    }
    int slash =
        Math.max(
            pathOrGlob.lastIndexOf('/', wildcard),
            pathOrGlob.lastIndexOf(java.io.File.separatorChar, wildcard));
    requireUnder(option, pathOrGlob, Path.of(slash <= 0 ? "/" : pathOrGlob.substring(0, slash)));
    for (Path file : matches(pathOrGlob)) {
      requireUnder(option, pathOrGlob + " (matching " + file + ")", file);
    }
  }

  /** {@link #check(String, String)} for one file or folder, read as it is named (no glob). */
  public void check(String option, Path path) {
    if (restricted()) {
      requireUnder(option, path.toAbsolutePath().toString(), path);
    }
  }

  private void requireUnder(String option, String shown, Path path) {
    Path real = resolve(path);
    for (Path root : resolved) {
      if (real.startsWith(root)) {
        return;
      }
    }
    String resolvesTo = real.equals(path.toAbsolutePath()) ? "" : " (it resolves to " + real + ")";
    throw new InvalidInputException(
        option + " " + shown + " is outside " + describeRoots() + resolvesTo);
  }

  private String describeRoots() {
    return "the input roots ("
        + KEY
        + ": "
        + given.stream().map(Path::toString).collect(Collectors.joining(", "))
        + ")";
  }

  /**
   * The real path: links and {@code ..} resolved. For a path that does not exist, the real path of
   * its nearest existing folder with the rest appended, so a missing file is judged by where it
   * would be, and whether a file outside the roots exists is not given away.
   */
  static Path resolve(Path path) {
    Path absolute = path.toAbsolutePath();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute.normalize();
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute.normalize();
    }
  }

  private static int firstWildcard(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The files a glob matches, as the pipeline will read them; none when it matches nothing. */
  private static List<Path> matches(String glob) {
    try {
      MatchResult result = FileSystems.match(glob);
      if (result.status() != MatchResult.Status.OK) {
        return List.of();
      }
      return result.metadata().stream().map(m -> Path.of(m.resourceId().toString())).toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
