package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A text whose only source is the earlier one names no one that source does not: new names outside quotations tell
 * of other sources, and the degree is then partial, not whole ({@link DependenceFeatures#newNameShare()}, read by the
 * wholly regression of {@link DependenceModel}). Our own invented texts.
 */
class DependenceNewNamesTest {

    private final DependenceMeasurer measurer = new DependenceMeasurer();
    private final DependenceJudge judge = new DependenceJudge(DependenceModel.DEFAULT);

    static final String WIRE = "The singer Alina Voss has cancelled the rest of her European tour after injuring her "
            + "ankle during a concert in Lyon, her record label said today. The 29-year-old fell on stage on Saturday "
            + "night and was taken to hospital, where doctors told her to rest for six weeks. Fourteen concerts in "
            + "France, Belgium and the Netherlands have been called off, and tickets will be refunded. Voss, whose third "
            + "album reached the top of the charts in the spring, had been due to play two nights in Amsterdam next "
            + "week. Her label, Northlight Records, said she was disappointed and hoped to return to the stage in the "
            + "autumn. The tour had been expected to draw more than 200,000 fans.";
    /** The wire story condensed and reworded, with nothing added. */
    static final String CONDENSED = "Singer Alina Voss has cancelled the rest of her European tour after she injured "
            + "her ankle at a concert in Lyon. The 29-year-old fell on stage on Saturday and doctors told her to rest "
            + "for six weeks. Fourteen concerts in France, Belgium and the Netherlands have been called off and tickets "
            + "will be refunded. Her label, Northlight Records, said she hoped to return to the stage in the autumn.";
    /** The same condensed copy, with a paragraph from another source: people and places the wire never names. */
    static final String WITH_OWN_REPORTING = CONDENSED + " Promoter Gerald Finch told the Evening Courier that "
            + "Lloyd's would cover the losses.";

    @Test
    void newNamesAreTheLaterTextsNamesItsSourceNeverWrites() {
        assertThat(measurer.measure(CONDENSED, WIRE).newNameShare()).isZero();
        DependenceFeatures f = measurer.measure(WITH_OWN_REPORTING, WIRE);
        assertThat(f.newNameShare()).isGreaterThan(0.3); // Gerald, Finch, Evening, Courier, Lloyd of 15
        // a name inside a quotation is the speaker's word, and one the source writes anywhere, in any case, is not new
        assertThat(measurer.measure("The singer was injured. \"We thank Gerald Finch,\" she said.", WIRE).newNameShare())
                .isZero();
        assertThat(measurer.measure("The singer was injured in Lyon, said the Records office.", WIRE).newNameShare())
                .isZero();
    }

    @Test
    void aCondensedCopyNamingOnlyItsSourcesPeopleStaysWhollyDerived() {
        Dependence d = judge.judge("wire", WIRE, "paper", CONDENSED, "wire");
        System.out.println("condensed: " + d.reasons().get(0));
        assertThat(d.level()).isEqualTo(DependenceLevel.WHOLLY_DERIVED);
    }

    @Test
    void aCopyThatAddsPeopleItsSourceNeverNamesIsPartiallyDerived() {
        Dependence d = judge.judge("wire", WIRE, "paper", WITH_OWN_REPORTING, "wire");
        System.out.println("with own reporting: " + d.reasons().get(0));
        assertThat(d.level()).isEqualTo(DependenceLevel.PARTIALLY_DERIVED);
    }
}
