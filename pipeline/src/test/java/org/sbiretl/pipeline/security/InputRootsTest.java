package org.sbiretl.pipeline.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.transforms.read.InvalidInputException;

/** Inputs confined to security.input_roots: real paths, with links and ".." followed. */
class InputRootsTest {
  @TempDir Path temp;
  private Path root;
  private Path outside;
  private InputRoots roots;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(temp.resolve("inputs"));
    outside = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(root.resolve("awards.csv"), "x");
    Files.createDirectories(root.resolve("more"));
    Files.writeString(root.resolve("more/awards-2.csv"), "x");
    Files.writeString(outside.resolve("secret.csv"), "x");
    roots = InputRoots.of(List.of(root.toString()));
  }

  @Test
  void noRootsMeansNoRestriction() {
    InputRoots none = InputRoots.of(List.of());

    assertThat(none.restricted(), is(false));
    none.check("--awards", outside.resolve("secret.csv").toString());
    none.check("--awards", "gs://bucket/awards.csv");
  }

  @Test
  void filesAndGlobsInsideARootAreAccepted() {
    roots.check("--awards", root.resolve("awards.csv").toString());
    roots.check("--awards", root.resolve("more/awards-2.csv").toString());
    roots.check("--awards", root.resolve("*.csv").toString());
    roots.check("--awards", root.resolve("more/*.csv").toString());
    roots.check("--enriched", root);
    // A missing file under a root is judged by where it would be; the preflight reports it.
    roots.check("--truth", root.resolve("missing.csv"));
  }

  @Test
  void aPathOutsideEveryRootIsRefusedNamingThePathAndTheRoots() {
    String path = outside.resolve("secret.csv").toString();

    String message = refused("--awards", path);

    assertThat(
        message,
        allOf(
            containsString("--awards " + path + " is outside the input roots"),
            containsString("security.input_roots: " + root)));
    assertThat(message.contains("\n"), is(false));
  }

  @Test
  void aMissingFileOutsideIsRefusedLikeAnExistingOne() {
    // Otherwise the answer would tell whether a file exists outside the roots.
    assertThat(
        refused("--awards", outside.resolve("nothing-here.csv").toString()),
        containsString("is outside the input roots"));
  }

  @Test
  void aLinkInsideARootThatLeadsOutIsRefused() throws IOException {
    Path link =
        Files.createSymbolicLink(root.resolve("innocent.csv"), outside.resolve("secret.csv"));
    Path dirLink = Files.createSymbolicLink(root.resolve("shared"), outside);

    assertThat(
        refused("--awards", link.toString()),
        containsString("(it resolves to " + outside.resolve("secret.csv").toRealPath() + ")"));
    assertThat(
        refused("--recipients", dirLink.resolve("secret.csv").toString()),
        containsString("is outside the input roots"));
    // A glob is checked file by file: one link among the matches is enough to refuse it.
    assertThat(
        refused("--awards", root.resolve("*.csv").toString()),
        containsString("(matching " + link + ")"));
  }

  @Test
  void dotDotCannotClimbOutOfARoot() {
    String escape = root + "/../elsewhere/secret.csv";

    assertThat(
        refused("--awards", escape),
        allOf(containsString("--awards " + escape), containsString("it resolves to")));
    assertThat(
        refused("--awards", root + "/more/../../elsewhere/*.csv"),
        containsString("is outside the input roots"));
  }

  @Test
  void aRootThatIsALinkAcceptsWhatIsUnderItsTarget() throws IOException {
    Path alias = Files.createSymbolicLink(temp.resolve("alias"), root);

    InputRoots.of(List.of(alias.toString())).check("--awards", root + "/awards.csv");
    roots.check("--awards", alias + "/awards.csv");
  }

  @Test
  void aSiblingWithTheRootsNameAsPrefixIsNotUnderIt() throws IOException {
    Path sibling = Files.createDirectories(temp.resolve("inputs-old"));
    Files.writeString(sibling.resolve("a.csv"), "x");

    assertThat(
        refused("--awards", sibling.resolve("a.csv").toString()),
        containsString("is outside the input roots"));
  }

  @Test
  void aUrlCannotBeUnderALocalRoot() {
    assertThat(
        refused("--awards", "file://" + root + "/awards.csv"),
        containsString("is a URL, not a local path under the input roots"));
  }

  @Test
  void anyOfSeveralRootsWill() {
    InputRoots.of(List.of(root.toString(), outside.toString()))
        .check("--truth", outside.resolve("secret.csv"));
  }

  private String refused(String option, String path) {
    return assertThrows(InvalidInputException.class, () -> roots.check(option, path)).getMessage();
  }
}
