package dev.ward.detect;

/** What kind of sensitive content a detection is. */
public enum Category {
    /** A credential: API key, token, password, private key. */
    SECRET,
    /** Personal data: e-mail address, phone number, card number, IBAN. */
    PII,
    /** A conversation between a user and a model. */
    CHAT_TRANSCRIPT
}
