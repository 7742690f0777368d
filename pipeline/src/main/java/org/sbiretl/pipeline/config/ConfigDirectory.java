package org.sbiretl.pipeline.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where {@code base.yaml} and the profile overlays are read from: a directory or the jar. */
abstract class ConfigDirectory {
  /** Where the build copies the repository's config/*.yaml inside the jar. */
  private static final String CLASSPATH_DIR = "config/";

  /** Reads one file of this directory, or reports it missing and returns null. */
  abstract Layer read(String fileName, List<String> problems);

  /**
   * The given directory, else {@code ./config} if it holds base.yaml, else the classpath copy.
   * Returns null (with a problem) when a given directory is unusable.
   */
  static ConfigDirectory resolve(Path dir, List<String> problems) {
    if (dir != null) {
      if (!Files.isDirectory(dir)) {
        problems.add("config directory " + dir + " does not exist");
        return null;
      }
      return new OnDisk(dir);
    }
    if (Files.isRegularFile(ConfigLoader.DEFAULT_CONFIG_DIR.resolve("base.yaml"))) {
      return new OnDisk(ConfigLoader.DEFAULT_CONFIG_DIR);
    }
    return classpath();
  }

  static ConfigDirectory classpath() {
    return new OnClasspath();
  }

  private static final class OnDisk extends ConfigDirectory {
    private final Path dir;

    OnDisk(Path dir) {
      this.dir = dir;
    }

    @Override
    Layer read(String fileName, List<String> problems) {
      Path file = dir.resolve(fileName);
      try (InputStream in = Files.newInputStream(file)) {
        return YamlLayerReader.read(file.toString(), in, problems);
      } catch (IOException e) {
        problems.add("cannot read " + file + ": " + ConfigLoader.describe(e));
        return null;
      }
    }
  }

  private static final class OnClasspath extends ConfigDirectory {
    @Override
    Layer read(String fileName, List<String> problems) {
      String resource = CLASSPATH_DIR + fileName;
      InputStream in = ConfigDirectory.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        problems.add("classpath:" + resource + " is missing from the build");
        return null;
      }
      try (in) {
        return YamlLayerReader.read("classpath:" + resource, in, problems);
      } catch (IOException e) {
        problems.add("cannot read classpath:" + resource + ": " + ConfigLoader.describe(e));
        return null;
      }
    }
  }
}
