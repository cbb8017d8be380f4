package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            © 2022 BBC. The BBC is not responsible for the content of external sites. | BBC | 2022
            Copyright (c) 2019-2021 Foo Media Ltd. All rights reserved.              | Foo Media Ltd | 2021
            © Le Monde 2021. Tous droits réservés                                      | Le Monde | 2021
            © NOW Grenada. All Rights Reserved. Published by Aqua Design Inc.           | NOW Grenada | -
            Copyright NOW Grenada                                                      | NOW Grenada | -
            © 2020 SPIEGEL ONLINE GmbH & Co. KG Alle Rechte vorbehalten               | SPIEGEL ONLINE GmbH & Co. KG | 2020
            (c) 2018 El País, todos los derechos reservados                           | El País | 2018
            This story originally appeared in Grist.                                  | Grist | -
            Reporting by Jane Doe; Editing by John Roe                                | - | -
            Alle Rechte vorbehalten.                                                   | - | -
            """)
    void readsPublisherAndYear(String line, String publisher, Integer year) {
        Credit credit = AttributionParser.parse(line);
        assertThat(credit.publisher()).isEqualTo(Optional.ofNullable(publisher));
        assertThat(credit.year()).isEqualTo(Optional.ofNullable(year));
    }
}
