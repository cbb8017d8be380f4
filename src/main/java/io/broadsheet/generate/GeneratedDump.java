package io.broadsheet.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One generated dump, with the facts it was generated from so that tests can check what a build makes of it.
 *
 * @param fileName    the dump's file name, {@code NNNNNN_<16 hex digits>.txt}
 * @param dump        the dump's UTF-8 bytes: Python's {@code str()} of a list of inner-HTML strings
 * @param sidecarJson the UTF-8 bytes of its sidecar ({@link #sidecarFileName()}), for about one dump in five
 * @param publisher   the publisher's name
 * @param year        the year of publication
 * @param language    BCP 47 tag of the article's language
 * @param topics      names of the people, places and organisations the article is about, most central first
 * @param uniqueWord  an invented word that occurs in this article and in no other of its archive
 */
public record GeneratedDump(
        String fileName,
        byte[] dump,
        Optional<byte[]> sidecarJson,
        String publisher,
        int year,
        String language,
        List<String> topics,
        String uniqueWord) {

    public GeneratedDump {
        Objects.requireNonNull(fileName, "fileName");
        dump = dump.clone();
        sidecarJson = sidecarJson.map(byte[]::clone);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(language, "language");
        topics = List.copyOf(topics);
        Objects.requireNonNull(uniqueWord, "uniqueWord");
    }

    /** A copy of the dump's bytes, so the record stays immutable. */
    @Override
    public byte[] dump() {
        return dump.clone();
    }

    /** A copy of the sidecar's bytes, if there is a sidecar. */
    @Override
    public Optional<byte[]> sidecarJson() {
        return sidecarJson.map(byte[]::clone);
    }

    /** Equal when every field is, comparing the bytes rather than the arrays' identities. */
    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedDump that
                && fileName.equals(that.fileName)
                && Arrays.equals(dump, that.dump)
                && sidecarJson.isPresent() == that.sidecarJson.isPresent()
                && (sidecarJson.isEmpty() || Arrays.equals(sidecarJson.get(), that.sidecarJson.get()))
                && publisher.equals(that.publisher)
                && year == that.year
                && language.equals(that.language)
                && topics.equals(that.topics)
                && uniqueWord.equals(that.uniqueWord);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, Arrays.hashCode(dump), sidecarJson.map(Arrays::hashCode), publisher, year,
                language, topics, uniqueWord);
    }

    /** The sidecar's file name: the dump's, with {@code .json} for {@code .txt}. */
    public String sidecarFileName() {
        return fileName.substring(0, fileName.length() - ".txt".length()) + ".json";
    }
}
