package io.broadsheet.markdown;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.List;
import java.util.Set;

/**
 * flexmark's heading parser, in place of its own, without reading a paragraph's content at each of its lines.
 *
 * <p>flexmark 0.64.8 asks every line whether it starts a heading, and its heading parser first joins the lines of
 * the paragraph so far, though it only looks at whether there is one (a line of {@code ===} under a paragraph
 * makes it a heading). A paragraph of n lines took time in n²: a paragraph of 33,000 line breaks, 400 KB, took 11 s
 * to render, and a dump may hold ten times that. Here the heading parser is told only whether the line follows a
 * paragraph, which is all it reads, and it is placed among the other block parsers where flexmark places its own.
 */
final class LinearHeadings implements CustomBlockParserFactory {
    private final HeadingParser.Factory headings = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory factory = headings.apply(options);
        return (state, matched) -> factory.tryStart(state, new WithoutParagraphContent(matched));
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return headings.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return headings.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return headings.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return headings.getLeadInHandler(options);
    }

    /**
     * The matched block as the heading parser sees it: a paragraph's content is given as present or absent, not
     * joined; its lines, which the parser reads when the line does make a heading, are the paragraph's own.
     */
    private record WithoutParagraphContent(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.NULL : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
