package org.sbiretl.pipeline.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileModesTest {
  private static final FileModes MODES = FileModes.of("rw-------", "rwx--x---");

  @TempDir Path temp;

  @Test
  void aTreeGetsTheDirectoryModeOnFoldersAndTheFileModeOnFiles() throws IOException {
    Path root = Files.createDirectories(temp.resolve("root/a/b"));
    Files.writeString(temp.resolve("root/a/b/f.txt"), "x");
    Files.writeString(temp.resolve("root/g.txt"), "x");

    MODES.applyToTree(temp.resolve("root"));

    assertThat(mode(temp.resolve("root")), is("rwx--x---"));
    assertThat(mode(root), is("rwx--x---"));
    assertThat(mode(temp.resolve("root/a/b/f.txt")), is("rw-------"));
    assertThat(mode(temp.resolve("root/g.txt")), is("rw-------"));
  }

  @Test
  void aLinkInTheTreeIsNotFollowed() throws IOException {
    Path target = Files.writeString(temp.resolve("not-ours.txt"), "x");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    Path root = Files.createDirectories(temp.resolve("root"));
    Files.createSymbolicLink(root.resolve("link"), target);

    MODES.applyToTree(root);

    assertThat(mode(target), is("rw-r--r--"));
  }

  @Test
  void onlyTheFoldersItCreatesGetTheDirectoryMode() throws IOException {
    Path existing = Files.createDirectories(temp.resolve("shared"));
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxrwxrwx"));

    MODES.createDirectories(existing.resolve("x/y"));

    assertThat(mode(existing), is("rwxrwxrwx"));
    assertThat(mode(existing.resolve("x")), is("rwx--x---"));
    assertThat(mode(existing.resolve("x/y")), is("rwx--x---"));
  }

  @Test
  void aFileSystemWithoutPosixPermissionsIsLeftAsItIs() throws IOException {
    // A zip file system without its POSIX option has no permissions to set.
    URI zip = URI.create("jar:" + temp.resolve("out.zip").toUri());
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Path dir = fs.getPath("/out");
      MODES.createDirectories(dir.resolve("matched"));
      Files.writeString(dir.resolve("matched/part.csv"), "x");

      MODES.applyToTree(dir);
      MODES.applyToFile(dir.resolve("matched/part.csv"));

      assertThat(Files.readString(dir.resolve("matched/part.csv")), is("x"));
    }
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }
}
