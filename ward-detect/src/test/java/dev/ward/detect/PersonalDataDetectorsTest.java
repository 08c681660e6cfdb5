package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorsTest {

    private static List<String> values(Detector detector, String text) {
        return detector.detect(text).stream().map(Detection::value).toList();
    }

    // ------------------------------------------------------------------ payment cards

    private final PaymentCardDetector cards = new PaymentCardDetector();

    @Test
    void cardNumbersWithValidLuhnAndKnownPrefixAreFound() {
        assertThat(cards.detect("card 4526018159083012 on file")).singleElement().satisfies(d -> {
            assertThat(d.provider()).isEqualTo("Visa");
            assertThat(d.label()).isEqualTo("card number");
        });
        assertThat(values(cards, "MC: 5266 1318 6091 3905.")).containsExactly("5266 1318 6091 3905");
        assertThat(values(cards, "amex 3799-603082-46287")).containsExactly("3799-603082-46287");
    }

    @Test
    void cardNumbersFailingLuhnOrPrefixAreIgnored() {
        assertThat(cards.detect("4526018159083013")).as("Luhn fails").isEmpty();
        assertThat(cards.detect("9019482199351818")).as("Luhn holds but no scheme uses 90").isEmpty();
        assertThat(cards.detect("5266 1318-6091 3905")).as("mixed separators").isEmpty();
        assertThat(cards.detect("id=45260181590830121234")).as("longer digit run").isEmpty();
        assertThat(cards.detect("v4526018159083012")).as("part of a word").isEmpty();
        assertThat(cards.detect("3.4526018159083012")).as("decimal").isEmpty();
    }

    // ------------------------------------------------------------------ IBAN

    private final IbanDetector ibans = new IbanDetector();

    @Test
    void ibansWithValidChecksumAreFound() {
        assertThat(values(ibans, "IBAN: DE87123456781234567890")).containsExactly("DE87123456781234567890");
        assertThat(values(ibans, "pay to GB30 WARD 1234 5612 3456 78 today")).containsExactly("GB30 WARD 1234 5612 3456 78");
        assertThat(values(ibans, "NL50WARD0123456789")).containsExactly("NL50WARD0123456789");
        assertThat(values(ibans, "FR101234512345WARDFAKE12345")).hasSize(1);
    }

    @Test
    void ibansWithBadChecksumOrLengthAreIgnored() {
        assertThat(ibans.detect("DE88123456781234567890")).as("check digits off by one").isEmpty();
        assertThat(ibans.detect("DE87123456781234567891")).as("one digit changed").isEmpty();
        assertThat(ibans.detect("DE8712345678123456789")).as("too short for DE").isEmpty();
        assertThat(ibans.detect("DE871234567812345678901")).as("too long for DE").isEmpty();
        assertThat(ibans.detect("ZZ87123456781234567890")).as("no such country").isEmpty();
    }

    // ------------------------------------------------------------------ e-mail

    private final EmailAddressDetector emails = new EmailAddressDetector();

    @Test
    void emailAddressesAreFound() {
        assertThat(values(emails, "Contact: jane.doe+ward@example.co.uk, or <ops-team@mail.example.org>."))
                .containsExactly("jane.doe+ward@example.co.uk", "ops-team@mail.example.org");
        assertThat(values(emails, "mailto:someone@example.com")).containsExactly("someone@example.com");
    }

    @Test
    void thingsThatOnlyLookLikeAddressesAreIgnored() {
        assertThat(emails.detect("img/logo@2x.png")).isEmpty();
        assertThat(emails.detect("npm i @types/node")).isEmpty();
        assertThat(emails.detect("root@localhost")).isEmpty();
        assertThat(emails.detect("a @ b.com")).isEmpty();
        assertThat(emails.detect("user@example.c")).isEmpty();
        assertThat(emails.detect("@@@@")).isEmpty();
    }

    // ------------------------------------------------------------------ phone numbers

    private final PhoneNumberDetector phones = new PhoneNumberDetector();

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "+1 (415) 555-0134", "+4915123456789", "(415) 555-0134",
            "415-555-0134", "415.555.0134", "1-800-555-0199"})
    void phoneNumbersAreFound(String number) {
        assertThat(values(phones, "call me at " + number + ", thanks")).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-15", "15.01.2024", "192.168.100.254", "10.0.0.1", "version 1.22.333",
            "4155550134", "+12345", "order 123-456", "id 415-555-01345", "3.14159265358979", "2001:db8::1",
            "2024-01-15T10:30:00Z", "price 1,234,567.89", "x+4155550134"})
    void datesAddressesVersionsAndBareDigitsAreNotPhoneNumbers(String text) {
        assertThat(phones.detect(text)).as(text).isEmpty();
    }

    @Test
    void nationalNumbersWithTrunkZeroNeedAPhoneWord() {
        assertThat(values(phones, "Tel.: 030 12345678")).containsExactly("030 12345678");
        assertThat(phones.detect("ref 030 12345678")).isEmpty();
    }
}
