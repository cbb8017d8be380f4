package io.broadsheet.check;

import java.util.ArrayList;
import java.util.List;

/** The URLs of a {@code srcset} attribute: image candidates separated by commas, each a URL and a descriptor. */
final class SrcSet {
    private SrcSet() {}

    /** The URLs, following the HTML standard's "parse a srcset attribute" closely enough to find them. */
    static List<String> urls(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) i++;
            String url = srcset.substring(start, i);
            boolean descriptors = true;
            if (url.endsWith(",")) {
                // A URL ending in commas has no descriptors: the commas end the candidate.
                url = url.replaceAll(",+$", "");
                descriptors = false;
            }
            if (!url.isEmpty()) urls.add(url);
            if (descriptors) {
                int depth = 0;
                while (i < n && (depth > 0 || srcset.charAt(i) != ',')) {
                    char c = srcset.charAt(i);
                    if (c == '(') depth++;
                    else if (c == ')' && depth > 0) depth--;
                    i++;
                }
            }
        }
        return urls;
    }
}
