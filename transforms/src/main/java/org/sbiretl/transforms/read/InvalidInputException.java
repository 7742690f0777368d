package org.sbiretl.transforms.read;

/**
 * An input that cannot be read at all: a missing or unreadable file, or a file without a
 * recognisable header. Stops the run with its message, which names the file and what was expected.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
