package org.sbiretl.pipeline.security;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The log file appender of {@code logback.xml}: a rolling file whose folder, active file and rolled
 * archives get {@code security.directory_mode} and {@code security.file_mode}, since log lines name
 * inputs, firms and hosts that others on the machine need not read.
 *
 * <p>Logback opens the active file at start and after each rollover, so its mode is set there. A
 * rolled archive is gzipped in the background into a new file; it gets its mode when the next file
 * is opened or the appender stops, and meanwhile a log folder sbir-etl created keeps others out.
 */
public class RestrictedRollingFileAppender<E> extends RollingFileAppender<E> {
  private String fileMode;
  private String directoryMode;

  /** The active file's and the archives' permissions, e.g. {@code rw-r-----}. */
  public void setFileMode(String fileMode) {
    this.fileMode = fileMode;
  }

  /** The permissions of the log folders this appender creates, e.g. {@code rwxr-x---}. */
  public void setDirectoryMode(String directoryMode) {
    this.directoryMode = directoryMode;
  }

  @Override
  public void openFile(String fileName) throws IOException {
    FileModes modes = modes();
    Path file = Path.of(fileName).toAbsolutePath();
    if (modes != null && file.getParent() != null) {
      modes.createDirectories(file.getParent());
    }
    super.openFile(fileName);
    if (modes != null) {
      modes.applyToFile(file);
      restrictArchives(modes, file);
    }
  }

  @Override
  public void stop() {
    super.stop(); // waits for a background compression to finish
    FileModes modes = modes();
    String name = rawFileProperty();
    if (modes != null && name != null) {
      try {
        restrictArchives(modes, Path.of(name).toAbsolutePath());
      } catch (IOException e) {
        addWarn("cannot set the permissions of the rolled log files of " + name, e);
      }
    }
  }

  /** The rolled files: the active file's name followed by the date and index of the pattern. */
  private static void restrictArchives(FileModes modes, Path active) throws IOException {
    Path dir = active.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    String prefix = active.getFileName() + ".";
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> isArchive(f, prefix))) {
      for (Path archive : files) {
        modes.applyToFile(archive);
      }
    }
  }

  private static boolean isArchive(Path path, String prefix) {
    return path.getFileName().toString().startsWith(prefix)
        && Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  /** Null until both modes are set, or when one is not a permission string (reported). */
  private FileModes modes() {
    if (fileMode == null || directoryMode == null) {
      return null;
    }
    try {
      return FileModes.of(fileMode.trim(), directoryMode.trim());
    } catch (IllegalArgumentException e) {
      addError(
          "fileMode "
              + fileMode
              + " or directoryMode "
              + directoryMode
              + " is not a permission string such as rw-r-----");
      return null;
    }
  }
}
