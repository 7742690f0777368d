package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sbiretl.transforms.normalize.Identifiers;
import org.sbiretl.transforms.normalize.UsStates;
import org.sbiretl.transforms.read.AwardHeader;
import org.sbiretl.transforms.read.AwardParser;
import org.sbiretl.transforms.read.RawRecord;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * Every scenario of {@code scenarios/linking_scenarios.json} (derived from the original project's
 * fixture, see its NOTICE) through the award parser and the link decision, with the default model
 * for a recipient table of {@value #RECIPIENTS} rows.
 */
class LinkingScenariosTest {
  static final long RECIPIENTS = 100_000;

  static Stream<Arguments> scenarios() throws IOException {
    try (InputStream in =
        LinkingScenariosTest.class.getResourceAsStream("/scenarios/linking_scenarios.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Arguments> out = new ArrayList<>();
      for (JsonNode s : root.get("scenarios")) {
        out.add(Arguments.of(s.get("id").asText(), s));
      }
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenarioEndsAsExpected(String id, JsonNode scenario) {
    List<Recipient> recipients = new ArrayList<>();
    int row = 1;
    for (JsonNode r : scenario.get("recipients")) {
      recipients.add(recipient(r, row++));
    }
    LinkDecider decider =
        new LinkDecider(
            LinkSettings.defaults(), MatchModel.defaults(RECIPIENTS, 0.85), TokenWeights.uniform());
    JsonNode awards = scenario.get("awards");
    JsonNode expected = scenario.get("expected");
    assertThat(id + ": one expectation per award", expected.size(), is(awards.size()));
    for (int i = 0; i < awards.size(); i++) {
      Award award = award(awards.get(i), i + 1);
      LinkOutcome outcome = decider.decide(award, recipients);
      check(id, expected.get(i), award, outcome);
    }
  }

  private static void check(String id, JsonNode want, Award award, LinkOutcome got) {
    String what = id + " → " + got + " " + got.matchExplanation;
    String outcome = want.get("outcome").asText();
    if (outcome.equals("not-matched")) {
      assertThat(what, got.outcome, not(equalTo(LinkOutcome.MATCHED)));
    } else {
      assertThat(what, got.outcome, equalTo(outcome));
    }
    if (want.has("method")) {
      assertThat(what, got.matchMethod, equalTo(want.get("method").asText()));
    }
    if (want.has("reason")) {
      assertThat(what, got.reason, equalTo(want.get("reason").asText()));
    }
    if (want.has("recipient_uei")) {
      assertThat(what, got.recipientUei, equalTo(want.get("recipient_uei").asText()));
    }
    if (want.has("no_flags")) {
      assertThat(what, got.matchFlags, is(empty()));
    }
    if (want.has("flags")) {
      assertThat(what, got.matchFlags, containsInAnyOrder(texts(want.get("flags"))));
    }
    if (want.has("award_flags")) {
      assertThat(what, award.dataQualityFlags, containsInAnyOrder(texts(want.get("award_flags"))));
    }
    if (want.has("amount")) {
      assertThat(what, award.awardAmount, equalTo(want.get("amount").asDouble()));
    }
  }

  /** An award read through the real parser, so identifiers are normalised and flagged. */
  private static Award award(JsonNode fields, int row) {
    List<String> header = new ArrayList<>(List.of("Agency", "Phase", "Program"));
    List<String> cells = new ArrayList<>(List.of("DOD", "Phase I", "SBIR"));
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      header.add(f.getKey());
      cells.add(f.getValue().asText());
    }
    AwardParser parser =
        new AwardParser(AwardHeader.resolve(header.toArray(String[]::new), "scenario.csv"), "s");
    AwardParser.Result result =
        parser.parse(new RawRecord(String.join(",", cells), row), cells.toArray(String[]::new));
    assertThat("scenario award must parse: " + result.error(), result.award() != null, is(true));
    return result.award();
  }

  private static Recipient recipient(JsonNode r, int row) {
    Recipient x = new Recipient();
    x.id = Integer.toString(row);
    x.legalBusinessName = r.get("legal_business_name").asText();
    x.uei = Identifiers.uei(text(r, "uei"));
    x.duns = Identifiers.duns(text(r, "duns"));
    x.city = text(r, "city");
    x.state = UsStates.code(text(r, "state"));
    x.zip5 = text(r, "zip5");
    x.sourceRow = row;
    return x;
  }

  private static String text(JsonNode n, String field) {
    return n.has(field) && !n.get(field).asText().isEmpty() ? n.get(field).asText() : null;
  }

  private static String[] texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out.toArray(String[]::new);
  }
}
