package io.broadsheet.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path part of a request URL, decoded and checked before it gets near the file system.
 *
 * <p>Anything that could name a file outside the site is refused here rather than normalised: dot segments,
 * encoded slashes and backslashes (which would let {@code ..%2f} slip past a segment check), backslashes, NUL and
 * other control characters, and bytes that are not UTF-8. Symbolic links are the server's concern, since only the
 * file system knows where they lead.
 *
 * @param segments       the decoded path segments, none empty, none a dot segment
 * @param trailingSlash  whether the URL path ended in {@code /}, as folder URLs must
 */
record RequestPath(List<String> segments, boolean trailingSlash) {
    RequestPath {
        segments = List.copyOf(segments);
    }

    /** Why a raw path was refused. */
    enum Refusal {
        /** Malformed: bad percent-encoding or not UTF-8. */
        BAD_REQUEST,
        /** Tries to climb out of the site or smuggle a separator. */
        FORBIDDEN,
        /** Harmless but names nothing the site serves, such as a hidden file. */
        NOT_FOUND
    }

    /** The outcome of {@link #parse}: a path, or why there is none. */
    record Parsed(Optional<RequestPath> path, Optional<Refusal> refusal) {
        static Parsed of(RequestPath path) {
            return new Parsed(Optional.of(path), Optional.empty());
        }

        static Parsed refused(Refusal refusal) {
            return new Parsed(Optional.empty(), Optional.of(refusal));
        }
    }

    /** The file or folder this path names under a root folder, before any symbolic link is followed. */
    Path resolveIn(Path root) {
        Path resolved = root;
        for (String segment : segments) resolved = resolved.resolve(segment);
        return resolved;
    }

    /** Decodes a raw (still percent-encoded) URL path such as {@code /articles/a%20b/}. */
    static Parsed parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Parsed.refused(Refusal.BAD_REQUEST);
        String[] rawSegments = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < rawSegments.length; i++) {
            String raw = rawSegments[i];
            boolean last = i == rawSegments.length - 1;
            if (raw.isEmpty()) {
                if (last) break; // the trailing slash of a folder URL
                return Parsed.refused(Refusal.NOT_FOUND);
            }
            Optional<String> decoded = percentDecode(raw);
            if (decoded.isEmpty()) return Parsed.refused(Refusal.BAD_REQUEST);
            String segment = decoded.get();
            if (segment.equals(".") || segment.equals("..")) return Parsed.refused(Refusal.FORBIDDEN);
            for (int j = 0; j < segment.length(); j++) {
                char c = segment.charAt(j);
                if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) return Parsed.refused(Refusal.FORBIDDEN);
            }
            // Hidden files such as the build's marker are not part of the site.
            if (segment.startsWith(".")) return Parsed.refused(Refusal.NOT_FOUND);
            segments.add(segment);
        }
        return Parsed.of(new RequestPath(segments, rawPath.endsWith("/")));
    }

    /** Strict percent-decoding: {@code +} stays a plus (it means space only in query strings), bytes must be UTF-8. */
    private static Optional<String> percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) return Optional.empty();
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // The HTTP server hands over non-ASCII request bytes as ISO-8859-1 characters.
                if (c > 0xff) return Optional.empty();
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
