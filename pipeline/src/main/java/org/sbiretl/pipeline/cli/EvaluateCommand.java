package org.sbiretl.pipeline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sbiretl.pipeline.enrich.StagedOutput;
import org.sbiretl.pipeline.evaluate.EvaluationText;
import org.sbiretl.pipeline.evaluate.Evaluator;
import org.sbiretl.pipeline.evaluate.SpotCheckVerdicts;
import org.sbiretl.pipeline.evaluate.Truth;
import org.sbiretl.pipeline.security.InputRoots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: precision, recall and F1 of an enrich output against a truth file. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores an enrich output directory against known answers (agency_tracking_number,",
      "expected_uei): precision/recall/F1 overall and per method, a threshold table, and the",
      "first false positives and negatives. With --spot-check, the observed precision of a",
      "filled-in spot-check sheet with its Wilson 95%% interval. The configuration is read for",
      "security.input_roots only: the files read must be under them."
    })
public final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--enriched", required = true, description = "Output directory of enrich.")
  Path enriched;

  @Option(names = "--truth", required = true, description = "Truth CSV.")
  Path truth;

  @Option(names = "--json", description = "Write the evaluation as JSON here.")
  Path json;

  @Option(
      names = "--spot-check",
      description = "A spot-check.csv with reviewer_verdict filled in (correct/incorrect/unsure).")
  Path spotCheck;

  @Option(
      names = "--show",
      defaultValue = "10",
      description = "False positives and negatives to list (default: ${DEFAULT-VALUE}).")
  int show;

  @Mixin ConfigOptions configOptions;

  @Override
  public Integer call() throws Exception {
    InputRoots roots = InputRoots.of(configOptions.load(List.of()));
    roots.check("--enriched", enriched);
    roots.check("--truth", truth);
    if (spotCheck != null) {
      roots.check("--spot-check", spotCheck);
    }
    StagedOutput.requireComplete(enriched);
    Map<String, Object> evaluation = Evaluator.evaluate(enriched, Truth.read(truth), show);
    if (spotCheck != null) {
      evaluation.put("spot_check", SpotCheckVerdicts.read(spotCheck).toJson());
    }
    EvaluationText.print(spec.commandLine().getOut(), evaluation);
    if (json != null) {
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(json.toFile(), evaluation);
    }
    return ExitCodes.OK;
  }
}
