package org.sbiretl.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The type and the allowed range of one configuration key. {@link #coerce} turns a raw value into
 * its canonical form; values from the environment and --set arrive as text, so text is parsed.
 */
interface ValueType {

  /**
   * Returns the canonical value.
   *
   * @throws InvalidValueException with a message completing "KEY must ..." or "KEY: ..."
   */
  JsonNode coerce(JsonNode raw) throws InvalidValueException;

  /** Short description for documentation, e.g. "integer >= 1". */
  String describe();

  /** Thrown by {@link #coerce}; message is the problem without the key or source. */
  final class InvalidValueException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidValueException(String message) {
      super(message);
    }
  }

  static ValueType integer(int min) {
    return new ValueType() {
      @Override
      public JsonNode coerce(JsonNode raw) throws InvalidValueException {
        long value;
        if (raw.isIntegralNumber()) {
          value = raw.asLong();
        } else if (raw.isTextual() && raw.asText().trim().matches("[-+]?\\d{1,18}")) {
          value = Long.parseLong(raw.asText().trim());
        } else {
          throw new InvalidValueException("must be an integer, got " + show(raw));
        }
        if (value < min || value > Integer.MAX_VALUE) {
          throw new InvalidValueException(
              "must be an integer " + describeMin(min) + ", got " + value);
        }
        return IntNode.valueOf((int) value);
      }

      @Override
      public String describe() {
        return "integer " + describeMin(min);
      }
    };
  }

  static ValueType number(double min, double max) {
    return new ValueType() {
      @Override
      public JsonNode coerce(JsonNode raw) throws InvalidValueException {
        double value = parseNumber(raw);
        if (value < min || value > max) {
          throw new InvalidValueException("must be " + describe() + ", got " + raw.asText());
        }
        return DoubleNode.valueOf(value);
      }

      @Override
      public String describe() {
        return max == Double.MAX_VALUE
            ? "a number >= " + trim(min)
            : "a number in [" + trim(min) + ", " + trim(max) + "]";
      }
    };
  }

  static ValueType probability() {
    return new ValueType() {
      @Override
      public JsonNode coerce(JsonNode raw) throws InvalidValueException {
        double value = parseNumber(raw);
        if (value < 0 || value > 1) {
          throw new InvalidValueException(
              "must be a probability in [0, 1], got " + raw.asText().trim());
        }
        return DoubleNode.valueOf(value);
      }

      @Override
      public String describe() {
        return "probability in [0, 1]";
      }
    };
  }

  static ValueType bool() {
    return new ValueType() {
      @Override
      public JsonNode coerce(JsonNode raw) throws InvalidValueException {
        if (raw.isBoolean()) {
          return raw;
        }
        String text = raw.isTextual() ? raw.asText().trim().toLowerCase(Locale.ROOT) : "";
        if (text.equals("true") || text.equals("false")) {
          return BooleanNode.valueOf(Boolean.parseBoolean(text));
        }
        throw new InvalidValueException("must be true or false, got " + show(raw));
      }

      @Override
      public String describe() {
        return "true or false";
      }
    };
  }

  /** One of a fixed set of words, matched ignoring case; canonical spelling is as given. */
  static ValueType choice(String... allowed) {
    List<String> words = List.of(allowed);
    return new ValueType() {
      @Override
      public JsonNode coerce(JsonNode raw) throws InvalidValueException {
        if (raw.isTextual()) {
          for (String word : words) {
            if (word.equalsIgnoreCase(raw.asText().trim())) {
              return TextNode.valueOf(word);
            }
          }
        }
        throw new InvalidValueException("must be " + describe() + ", got " + show(raw));
      }

      @Override
      public String describe() {
        return "one of " + String.join(", ", words);
      }
    };
  }

  /** Free text; YAML's empty value (null) reads as "". */
  static ValueType text(boolean allowEmpty) {
    return new ValueType() {
      @Override
      public JsonNode coerce(JsonNode raw) throws InvalidValueException {
        if (raw.isNull()) {
          raw = TextNode.valueOf("");
        }
        if (!raw.isValueNode()) {
          throw new InvalidValueException("must be text, got " + show(raw));
        }
        String value = raw.asText().trim();
        if (!allowEmpty && value.isEmpty()) {
          throw new InvalidValueException("must not be empty");
        }
        return TextNode.valueOf(value);
      }

      @Override
      public String describe() {
        return allowEmpty ? "text" : "non-empty text";
      }
    };
  }

  /** Empty (feature off) or an absolute URL with one of the given schemes. */
  static ValueType optionalUrl(String... schemes) {
    List<String> allowed = List.of(schemes);
    ValueType text = text(true);
    return new ValueType() {
      @Override
      public JsonNode coerce(JsonNode raw) throws InvalidValueException {
        JsonNode value = text.coerce(raw);
        String url = value.asText();
        if (url.isEmpty()) {
          return value;
        }
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
        if (!allowed.contains(scheme.toLowerCase(Locale.ROOT)) || !isWellFormed(url, scheme)) {
          throw new InvalidValueException("must be empty or " + describe() + ", got " + show(raw));
        }
        return value;
      }

      @Override
      public String describe() {
        return "a URL starting with " + String.join(": or ", allowed) + ":";
      }

      private boolean isWellFormed(String url, String scheme) {
        if (scheme.equalsIgnoreCase("jdbc")) {
          return url.length() > "jdbc:".length(); // driver-specific syntax beyond the scheme
        }
        try {
          URI uri = new URI(url);
          return uri.getHost() != null;
        } catch (URISyntaxException e) {
          return false;
        }
      }
    };
  }

  /**
   * A POSIX permission string such as {@code rw-r-----}. The owner must keep {@code ownerNeeds}
   * (e.g. "rw"): sbir-etl keeps working on what it wrote, and as root a missing bit would go
   * unnoticed in tests and fail only for an ordinary user.
   *
   * @param why completes "... (why)" in the message for a missing owner permission
   */
  static ValueType permissions(String ownerNeeds, String why) {
    return new ValueType() {
      @Override
      public JsonNode coerce(JsonNode raw) throws InvalidValueException {
        String value = raw.isTextual() ? raw.asText().trim() : "";
        if (!value.matches("([r-][w-][x-]){3}")) {
          throw new InvalidValueException("must be " + describe() + ", got " + show(raw));
        }
        for (char needed : ownerNeeds.toCharArray()) {
          if (value.substring(0, 3).indexOf(needed) < 0) {
            throw new InvalidValueException(
                "must give the owner " + ownerNeeds + " (" + why + "), got " + show(raw));
          }
        }
        return TextNode.valueOf(value);
      }

      @Override
      public String describe() {
        return "a POSIX permission string of 9 characters r, w, x or - (owner, group, others),"
            + " e.g. rw-r-----";
      }
    };
  }

  /**
   * Absolute paths: a YAML list, or text with the paths separated by the platform's path separator
   * (':' on Unix, as in PATH) since the environment and --set give text; empty for none.
   */
  static ValueType absolutePaths() {
    return new ValueType() {
      @Override
      public JsonNode coerce(JsonNode raw) throws InvalidValueException {
        List<String> given = new ArrayList<>();
        if (raw.isArray()) {
          for (JsonNode item : raw) {
            if (!item.isValueNode() || item.isNull()) {
              throw new InvalidValueException("must be " + describe() + ", got " + show(item));
            }
            given.add(item.asText().trim());
          }
        } else if (raw.isTextual()) {
          for (String part : raw.asText().split(File.pathSeparator, -1)) {
            given.add(part.trim());
          }
          if (given.size() == 1 && given.get(0).isEmpty()) {
            given.clear();
          }
        } else if (!raw.isNull()) {
          throw new InvalidValueException("must be " + describe() + ", got " + show(raw));
        }
        ArrayNode paths = JsonNodeFactory.instance.arrayNode();
        for (String path : given) {
          if (!isAbsolutePath(path)) {
            throw new InvalidValueException(
                "must be " + describe() + ", got \"" + path + "\" (not an absolute path)");
          }
          paths.add(path);
        }
        return paths;
      }

      @Override
      public String describe() {
        return "a list of absolute paths";
      }

      private boolean isAbsolutePath(String path) {
        try {
          return !path.isEmpty() && Path.of(path).isAbsolute();
        } catch (InvalidPathException e) {
          return false;
        }
      }
    };
  }

  private static double parseNumber(JsonNode raw) throws InvalidValueException {
    double value;
    if (raw.isNumber()) {
      value = raw.asDouble();
    } else if (raw.isTextual()) {
      try {
        value = Double.parseDouble(raw.asText().trim());
      } catch (NumberFormatException e) {
        throw new InvalidValueException("must be a number, got " + show(raw));
      }
    } else {
      throw new InvalidValueException("must be a number, got " + show(raw));
    }
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("must be a finite number, got " + show(raw));
    }
    return value;
  }

  private static String describeMin(int min) {
    return ">= " + min;
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** Quotes text so an empty or space-only value is visible in the message. */
  private static String show(JsonNode raw) {
    if (raw.isNull()) {
      return "an empty value";
    }
    if (raw.isContainerNode()) {
      return raw.isArray() ? "a list" : "a section";
    }
    return raw.isTextual() ? "\"" + raw.asText() + "\"" : raw.asText();
  }
}
