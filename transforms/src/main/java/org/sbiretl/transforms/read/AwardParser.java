package org.sbiretl.transforms.read;

import static org.sbiretl.transforms.read.AwardColumn.*;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.normalize.Identifiers;
import org.sbiretl.transforms.normalize.UsStates;
import org.sbiretl.transforms.normalize.Values;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorReason;
import org.sbiretl.transforms.record.ErrorRecord;

/** Turns one CSV record of an SBIR.gov export into a normalised {@link Award} or an error row. */
public final class AwardParser implements Serializable {
  private static final long serialVersionUID = 1L;

  private final AwardHeader header;
  private final String sourceFile;

  public AwardParser(AwardHeader header, String sourceFile) {
    this.header = header;
    this.sourceFile = sourceFile;
  }

  /** Exactly one of {@code award} and {@code error} is set. */
  public record Result(@Nullable Award award, @Nullable ErrorRecord error) {}

  /**
   * Parses the fields of a split record into awards and error rows: one result, or several when a
   * quote left open swallowed the lines after it ({@link ParsedRecords}).
   */
  public void parseRecord(RawRecord raw, CsvFields fields, Consumer<Result> out) {
    ParsedRecords.forEach(
        raw,
        fields,
        header.width(),
        p ->
            out.accept(
                p.cells() != null
                    ? parse(p.raw(), p.cells())
                    : rejected(p.raw(), p.reason(), p.problem())));
  }

  public Result parse(RawRecord raw, String[] cells) {
    String id = RowIds.of(sourceFile, raw.row(), raw.text());
    if (cells.length != header.width()) {
      return error(
          id,
          ErrorReason.RAGGED_ROW,
          "row has " + cells.length + " fields, the header has " + header.width(),
          raw);
    }
    String company = Values.text(header.get(cells, COMPANY));
    if (company == null) {
      return error(id, ErrorReason.MISSING_COMPANY, "the Company column is empty", raw);
    }
    Award a = new Award();
    Map<String, String> unparsed = new LinkedHashMap<>();
    a.awardId = id;
    a.sourceFile = sourceFile;
    a.sourceRow = raw.row();
    if (raw.notUtf8()) {
      a.dataQualityFlags.add(DataQualityFlag.TEXT_NOT_UTF8.code());
    }
    a.company = company;
    a.awardTitle = text(cells, AWARD_TITLE);
    a.agency = text(cells, AGENCY);
    a.branch = text(cells, BRANCH);
    a.phase = checked(a, unparsed, cells, PHASE, Values::phase, DataQualityFlag.PHASE_UNKNOWN);
    a.program = text(cells, PROGRAM);
    a.agencyTrackingNumber = text(cells, AGENCY_TRACKING_NUMBER);
    a.contract = text(cells, CONTRACT);
    a.proposalAwardDate = date(a, unparsed, cells, PROPOSAL_AWARD_DATE);
    a.contractEndDate = date(a, unparsed, cells, CONTRACT_END_DATE);
    a.solicitationNumber = text(cells, SOLICITATION_NUMBER);
    a.solicitationYear =
        checked(
            a,
            unparsed,
            cells,
            SOLICITATION_YEAR,
            Values::integer,
            DataQualityFlag.YEAR_UNPARSEABLE);
    a.solicitationCloseDate = date(a, unparsed, cells, SOLICITATION_CLOSE_DATE);
    a.proposalReceiptDate = date(a, unparsed, cells, PROPOSAL_RECEIPT_DATE);
    a.dateOfNotification = date(a, unparsed, cells, DATE_OF_NOTIFICATION);
    a.topicCode = text(cells, TOPIC_CODE);
    a.awardYear =
        checked(a, unparsed, cells, AWARD_YEAR, Values::integer, DataQualityFlag.YEAR_UNPARSEABLE);
    a.awardAmount =
        checked(
            a, unparsed, cells, AWARD_AMOUNT, Values::amount, DataQualityFlag.AMOUNT_UNPARSEABLE);
    a.uei = checked(a, unparsed, cells, UEI, Identifiers::uei, DataQualityFlag.UEI_MALFORMED);
    a.duns = checked(a, unparsed, cells, DUNS, Identifiers::duns, DataQualityFlag.DUNS_MALFORMED);
    a.hubzoneOwned = text(cells, HUBZONE_OWNED);
    a.sociallyAndEconomicallyDisadvantaged = text(cells, SOCIALLY_AND_ECONOMICALLY_DISADVANTAGED);
    a.womanOwned = text(cells, WOMAN_OWNED);
    a.numberEmployees =
        checked(
            a,
            unparsed,
            cells,
            NUMBER_EMPLOYEES,
            Values::integer,
            DataQualityFlag.EMPLOYEES_UNPARSEABLE);
    a.companyWebsite = text(cells, COMPANY_WEBSITE);
    a.address1 = text(cells, ADDRESS1);
    a.address2 = text(cells, ADDRESS2);
    a.city = text(cells, CITY);
    a.state = checked(a, unparsed, cells, STATE, UsStates::code, DataQualityFlag.STATE_UNKNOWN);
    a.zip = checked(a, unparsed, cells, ZIP, Values::zip5, DataQualityFlag.ZIP_MALFORMED);
    a.abstractText = text(cells, ABSTRACT);
    a.contactName = text(cells, CONTACT_NAME);
    a.contactTitle = text(cells, CONTACT_TITLE);
    a.contactPhone = text(cells, CONTACT_PHONE);
    a.contactEmail = text(cells, CONTACT_EMAIL);
    a.piName = text(cells, PI_NAME);
    a.piTitle = text(cells, PI_TITLE);
    a.piPhone = text(cells, PI_PHONE);
    a.piEmail = text(cells, PI_EMAIL);
    a.riName = text(cells, RI_NAME);
    a.riPocName = text(cells, RI_POC_NAME);
    a.riPocPhone = text(cells, RI_POC_PHONE);
    a.researchKeywords = text(cells, RESEARCH_KEYWORDS);
    a.unparsedValues = UnparsedValues.toJson(unparsed);
    return new Result(a, null);
  }

  private Result rejected(RawRecord raw, ErrorReason reason, String message) {
    return error(RowIds.of(sourceFile, raw.row(), raw.text()), reason, message, raw);
  }

  private Result error(String id, ErrorReason reason, String message, RawRecord raw) {
    return new Result(null, ErrorRecord.of(id, reason, message, sourceFile, raw.row(), raw.text()));
  }

  private @Nullable String text(String[] cells, AwardColumn column) {
    return Values.text(header.get(cells, column));
  }

  private @Nullable String date(
      Award a, Map<String, String> unparsed, String[] cells, AwardColumn column) {
    return checked(a, unparsed, cells, column, Values::date, DataQualityFlag.DATE_UNPARSEABLE);
  }

  /**
   * Normalises a cell. A non-blank value that does not normalise leaves the column null, is
   * flagged, and is kept as it was read in {@code unparsed} under the column's output name: nothing
   * the reader cannot understand is lost.
   */
  private <T> @Nullable T checked(
      Award a,
      Map<String, String> unparsed,
      String[] cells,
      AwardColumn column,
      Function<String, @Nullable T> normaliser,
      DataQualityFlag flag) {
    String raw = Values.text(header.get(cells, column));
    if (raw == null || Values.saysNoValue(raw)) {
      return null;
    }
    T value = normaliser.apply(raw);
    if (value == null) {
      unparsed.put(column.outputName(), raw);
      if (!a.dataQualityFlags.contains(flag.code())) {
        a.dataQualityFlags.add(flag.code());
      }
    }
    return value;
  }
}
