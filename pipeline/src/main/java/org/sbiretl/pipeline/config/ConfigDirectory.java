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
   * The given directory, else the installation's {@code config/} if it holds base.yaml, else the
   * copy inside the jar. The working directory is never searched: a {@code ./config} that belongs
   * to something else must not change a run. Returns null (with a problem) when a given directory
   * is unusable.
   */
  static ConfigDirectory resolve(Path dir, List<String> problems) {
    if (dir != null) {
      if (!Files.isDirectory(dir)) {
        problems.add("config directory " + dir + " does not exist");
        return null;
      }
      return new OnDisk(dir);
    }
    return Installation.home()
        .map(home -> home.resolve(ConfigLoader.DEFAULT_CONFIG_DIR))
        .filter(config -> Files.isRegularFile(config.resolve("base.yaml")))
        .<ConfigDirectory>map(OnDisk::new)
        .orElseGet(ConfigDirectory::classpath);
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
