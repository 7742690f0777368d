package org.sbiretl.pipeline.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where sbir-etl is installed: the directory of the {@code sbir-etl} launcher, which passes it as
 * the system property {@value #PROPERTY}. Default configuration and relative log paths are found
 * there, so a run does not depend on the directory it is started from.
 */
public final class Installation {
  /** The system property the launcher sets to its own directory. */
  public static final String PROPERTY = "sbir.etl.home";

  private Installation() {}

  /** The installation directory, or empty when the jar was started without the launcher. */
  public static Optional<Path> home() {
    String home = System.getProperty(PROPERTY);
    return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home));
  }

  /**
   * A configured path resolved against the installation directory when it is relative; without a
   * launcher, against the working directory.
   */
  public static Path resolve(String path) {
    Path p = Path.of(path);
    return p.isAbsolute() ? p : home().map(h -> h.resolve(p)).orElse(p).toAbsolutePath();
  }
}
