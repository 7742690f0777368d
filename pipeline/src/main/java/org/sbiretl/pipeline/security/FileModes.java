package org.sbiretl.pipeline.security;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.sbiretl.pipeline.config.EtlConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The permissions sbir-etl gives what it writes ({@code security.file_mode} and {@code
 * security.directory_mode}). Java creates files with the process's umask, usually world-readable,
 * and Beam's writers cannot be told otherwise, so the modes are set on what was written before it
 * is published. On a file system without POSIX permissions nothing is changed.
 */
public final class FileModes {
  private static final Logger LOG = LoggerFactory.getLogger(FileModes.class);

  private final Set<PosixFilePermission> file;
  private final Set<PosixFilePermission> directory;

  private FileModes(Set<PosixFilePermission> file, Set<PosixFilePermission> directory) {
    this.file = Set.copyOf(file);
    this.directory = Set.copyOf(directory);
  }

  /**
   * @param fileMode e.g. {@code rw-r-----}
   * @param directoryMode e.g. {@code rwxr-x---}
   * @throws IllegalArgumentException for a string that is not a permission string
   */
  public static FileModes of(String fileMode, String directoryMode) {
    return new FileModes(
        PosixFilePermissions.fromString(fileMode), PosixFilePermissions.fromString(directoryMode));
  }

  public static FileModes of(EtlConfig config) {
    return of(config.security().fileMode(), config.security().directoryMode());
  }

  /** Gives one file the file mode. */
  public void applyToFile(Path path) throws IOException {
    set(path, file);
  }

  /**
   * Gives {@code root} and every folder under it the directory mode and every file the file mode.
   * Symbolic links are neither followed nor changed: a link's target is not ours to change.
   */
  public void applyToTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path path, BasicFileAttributes attrs)
              throws IOException {
            if (attrs.isRegularFile()) {
              set(path, file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            set(dir, directory);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * Creates a folder and its missing parents, giving the directory mode to each one it creates. A
   * folder that exists already keeps its permissions: it may be shared ({@code /var/log}, {@code
   * /tmp}), and what sbir-etl writes into it gets its own modes anyway.
   */
  public void createDirectories(Path dir) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = dir.toAbsolutePath().normalize(); p != null && !Files.exists(p); ) {
      missing.push(p);
      p = p.getParent();
    }
    Files.createDirectories(dir);
    for (Path created : missing) {
      set(created, directory);
    }
  }

  private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      LOG.debug("{}: the file system has no POSIX permissions; left as it is", path);
      return;
    }
    view.setPermissions(permissions);
  }
}
