/** The `--help` text of every command, each with examples. */

const COMMON_SCORER = `  --pack NAME          domain pack to layer on the English core (repeatable: diplomacy, labor,
                       corporate, or none; default diplomacy)
  --lexicon FILE       your own lexicon module (JSON, repeatable; see detente lexicon check)`;

/**
 * Help texts by command (`main` for `detente --help`).
 * @example
 * ```ts
 * process.stdout.write(`${HELP.score}\n`);
 * ```
 */
export const HELP: Readonly<Record<string, string>> = {
  main: `detente — score what people said, conciliatory vs confrontational, and find who said it

Usage: detente <command> [options]

Commands:
  score FILE|-         score the text column of a CSV (stdin with -), every row accounted for
  extract ARTICLE|-    find the statements in an article and who made them
  explain "text"       show the evidence behind one score
  eval FILE            measure agreement with a labelled CSV/TSV
  profile FILE         per-speaker tone profiles and group comparisons
  report FILE          a static HTML report with charts (-o report.html)
  lexicon check FILE   validate a lexicon module of your own

Options: --help (any command), --version

Exit codes: 0 ok, 1 runtime failure (an unreadable or empty input), 2 usage error, 3 finished but some
rows were reported as malformed, 130 interrupted (Ctrl-C).

Examples:
  detente score statements.csv --text text --speaker speaker -o scored.csv --errors errors.csv
  detente explain "We will respond with a severe and coordinated economic response."
  detente score --help`,

  score: `Usage: detente score FILE|- [options]

Scores the text column of every row. The output keeps every input column, in order, and appends
tone_score, tone_label, tone_conciliatory, tone_confrontational, tone_hits, tone_dimensions,
tone_evidence and tone_status (ok or empty). Malformed rows (ragged, bad or unterminated quotes,
invalid UTF-8, a field over the size limit) go to the errors file. The summary on stderr says
rows read = scored + reported. Output files appear only when the run completes.

Options:
  --text COL           column to score, by name or 0-based index (default: text)
  --speaker COL        speaker column (checked to exist; kept in the output)
  --aliases FILE       with --speaker: append speaker_id, speaker_name (canonical) and side, from the
                       speaker cell and an aliases file (CSV name,canonical,side or JSON {"aliases",
                       "sides"}); profile unifies names across the whole file
  --id COL             id column (checked to exist; kept in the output)
  -o, --output FILE    write here instead of stdout
  --errors FILE        write malformed rows here (row,reason,message,raw)
  --format FMT         csv (default), json or jsonl
  --workers N          score on N threads: this one + N-1 worker threads (auto: one
                       per core); output order is kept
  --delimiter C        field delimiter (default , or tab for .tsv; "tab" works)
  --quote C            quote character (default ")
  --no-header          the first row is data; refer to columns by index
  --prefix P           prefix of the appended columns (default tone_)
  --max-field-bytes N  longest field accepted (default 1048576)
  --encoding ENC       the input's encoding: utf8 (default), cp1252, latin1, utf16, utf16le, utf16be
${COMMON_SCORER}
  -q, --quiet          no progress bar, no summary

Exit codes: 0 ok, 1 runtime failure, 2 usage error, 3 finished with malformed rows reported.

Examples:
  detente score statements.csv --text text -o scored.csv
  cat statements.csv | detente score - --text text --format jsonl > scored.jsonl
  detente score big.csv --text quote --speaker speaker --workers auto -o scored.csv --errors errors.csv
  detente score strikes.tsv --text statement --pack labor --lexicon my-terms.json -o out.tsv`,

  extract: `Usage: detente extract ARTICLE.txt|- [--format json|jsonl|csv] [-o OUT]
       detente extract --articles FILE.csv|FOLDER|- [--text COL] [--id COL] [--keep COLS]
                       [--format csv|json|jsonl] [-o OUT]

Finds the statements in an article — direct quotes, partial quotes and reported speech — with the
speaker, the speech cue, offsets and the tone of each. With --articles, reads a CSV of articles (or a
folder of .txt files) and writes one row per statement: the article id, the article's other columns
(date, outlet, …; see --keep), the speaker as one identity across all the articles (speaker: the
canonical name; speaker_id: a stable id; side), then the statement and its tone.

Options:
  --format FMT         json (default for one article), jsonl or csv (default with --articles)
  --articles PATH      a CSV of articles, or a folder of .txt files (the file name is the id)
  --text COL           article text column (default text)
  --id COL             article id column (default id when the file has one, else the article's line
                       number)
  --keep COLS          article columns to carry onto each statement, comma-separated, or none
                       (default: every column but the id and the text; a column named like one of
                       detente's, e.g. speaker, becomes article_speaker)
  --aliases FILE       name variants and sides (CSV name,canonical,side or JSON {"aliases", "sides"})
  -o, --output FILE    write here instead of stdout
  --errors FILE        with --articles: write malformed article rows here (row,reason,message,raw)
  --delimiter C        with --articles: field delimiter of the CSV (default , or tab for .tsv)
  --encoding ENC       the input's encoding: utf8 (default), cp1252, latin1, utf16, utf16le, utf16be
${COMMON_SCORER}
  -q, --quiet          no summary on stderr

Ctrl-C stops a run of --articles and removes what it wrote (exit 130). --articles - reads the CSV from stdin.
Columns of csv and jsonl (and of json with --articles): article_id, the kept article columns, statement,
speaker, speaker_kind, title, affiliation, speaker_id, side, mention, kind, cue, cue_tone, start, end,
sentence, paragraph, confidence, text, tone_score, tone_label, tone_conciliatory, tone_confrontational,
tone_hits, tone_dimensions, tone_evidence, tone_status.
cue_tone is what the speech cue did to the tone: its own hit (threat:-4.4 for "warned"), a reversal
(reverses), both (rejection:-4 reverses for "rejected"), or nothing (empty, for "said").

Examples:
  detente extract article.txt
  detente extract article.txt --format csv > statements.csv
  detente extract --articles articles.csv --text body --id url -o statements.csv
  detente extract --articles articles.csv --keep date,outlet --aliases aliases.csv -o statements.csv`,

  explain: `Usage: detente explain "text" [--json] [--pack NAME] [--lexicon FILE]

Scores one text and lists every lexicon hit: the words matched, their dimension, base and final
weight, the modifiers (negation, intensifiers, hedges, contrast, conditionals) and the module they
came from. Matched terms are highlighted on a terminal. Reads stdin when the text is -.

Options:
  --json               print the full score as JSON
  -o, --output FILE    write here instead of stdout
  --encoding ENC       the input's encoding: utf8 (default), cp1252, latin1, utf16, utf16le, utf16be (with -)
${COMMON_SCORER}

Examples:
  detente explain "We will respond with a severe and coordinated economic response."
  echo "There is no trade space there — none." | detente explain -`,

  eval: `Usage: detente eval FILE --text COL --label COL [--value COL] [options]

Scores a labelled CSV or TSV and reports accuracy, macro-F1, per-class precision/recall/F1, the
confusion matrix, AUC (conciliatory vs confrontational ranking) and Spearman's rho against a
numeric column. Labels: conciliatory, confrontational, neutral, mixed (blank = unlabelled).

Options:
  --text COL           text column (default text)
  --label COL          gold label column
  --value COL          numeric gold column (e.g. a Goldstein weight), for Spearman
  --delimiter C        default , or tab for .tsv
  --encoding ENC       the input's encoding: utf8 (default), cp1252, latin1, utf16, utf16le, utf16be
  --json               print the evaluation as JSON
  -o, --output FILE    write here instead of stdout
${COMMON_SCORER}

Examples:
  detente eval benchmarks/data/cameo-verbal.dev.tsv --text text --label class --value goldstein
  detente eval labelled.csv --text quote --label tone --pack labor --json`,

  profile: `Usage: detente profile FILE --speaker COL [--by COL[,COL]] [--bin day|week|month] [options]

Profiles each speaker: count, mean and spread of the score, labels, the dimensions they lean on. Reads
the tone the file carries (the tone_score/tone_label columns that score and extract write; extract's
includes the speech verb's tone) and scores the text only when there is none. Speakers are unified
across the file ("Ardenian Foreign Minister Irena Kovac", "Ms Kovac" and "Kovac" are one; extract's
speaker_id column is used as it is), and each gets a side from --aliases or their affiliation.

With --by COL, profiles each speaker per group; the last --by column can be a date binned with --bin.
Over dates it prints the mean score by side and period and a trend per side and per speaker: the
least-squares slope of the scores on time, with a bootstrap interval. A direction is named only with
at least --min-n statements in at least --min-periods periods and an interval that excludes 0;
otherwise the line says "not enough statements" and why. With two groups (or --compare A,B) it says
who moved between them, each speaker and each side, under the same rule (--min-n in each group).

Options:
  --speaker COL        speaker column (required)
  --text COL           text column, scored when the file has no tone columns (default text)
  --by COL[,COL]       group by one or two columns; "side" is the speaker's side (--by side,date)
  --bin UNIT           bin the last --by column, a date, by day, week (ISO, Monday first) or month
  --aliases FILE       name variants and sides: CSV name,canonical,side or JSON {"aliases", "sides"}
  --side COL           take each statement's side from this column instead
  --document COL       the article column, for names resolved within an article (default article_id)
  --min-n N            statements a comparison group or a trend needs for a direction (default 5)
  --min-periods N      periods with statements a trend needs for a direction (default 3)
  --min-confidence X   leave out statements attributed with confidence below X (needs a confidence column)
  --kinds K,K          only these speaker kinds: person, organisation, country, description, document,
                       media (from the speaker_kind column, else what the names say)
  --compare A,B        the two groups to compare (default: the only two groups, if there are two)
  --raw-speakers       keep speaker names as written (no unifying)
  --rescore            score the text even when the file carries tone columns
  --resamples N        bootstrap resamples (default 1000)
  --seed N             bootstrap seed (default 1): the same file and seed give the same intervals
  --delimiter C        default , or tab for .tsv
  --encoding ENC       the input's encoding: utf8 (default), cp1252, latin1, utf16, utf16le, utf16be
  --json               print the report as JSON
  -o, --output FILE    write here instead of stdout
${COMMON_SCORER}

Examples:
  detente profile examples/statements.csv --speaker speaker --text text
  detente profile statements.csv --speaker speaker --by date --bin week --aliases aliases.csv
  detente profile statements.csv --speaker speaker --by side,date --bin week --min-n 3 --kinds person`,

  report: `Usage: detente report INPUT [-o report.html] [--by COL [--bin week]] [--side COL] [--compare A,B] [options]

Writes one self-contained HTML page (no script, no network; printable) with charts: each speaker's
mean tone with a bootstrap interval, tone per group (--by, a date or any column) per speaker, who
moved between two groups, the dimension mix per speaker, and the strongest statements each way with
their evidence marked. INPUT is a CSV/TSV or JSONL from detente score or extract (their tone is
used), raw statements (scored here), JSON from extract, or articles with --articles (a CSV with a
text column, a folder of .txt files, or - for a CSV on stdin; extracted, then scored). Rows that
cannot be read are counted in the report's footer (exit code 3). Each listed statement shows its
speech cue (marked when the cue carried tone) and its source. Ctrl-C removes every temporary file
(exit 130).

Options:
  -o, --output FILE    write here (default stdout)
  --speaker COL        speaker column (default speaker)
  --text COL           text column (default text)
  --by COL             group column for the over-time chart and the comparison (a date, or any column)
  --bin day|week|month with a date --by: periods, drawn on a time axis with each line's trend
                       (default day when every value is a date)
  --side COL           side column (a country, a party): a line, a trend and a shift per side
                       (default: the speakers' sides from --aliases or their affiliations, if any)
  --aliases FILE       name variants and sides (CSV name,canonical,side or JSON {"aliases", "sides"})
  --raw-speakers       keep speaker names as written (default: one identity per speaker across the
                       file, as profile and extract give them)
  --min-n N            statements a trend or a shift needs before it gets a direction (default 5)
  --compare A,B        the two groups to compare (default: the first half of the groups against the
                       second half, the middle one left out when their number is odd; with two or
                       three groups, the first and the last; dates are put in their --bin)
  --title TEXT         the report's title
  --top N              strongest statements listed each way (default 5)
  --min-statements N   statements a speaker needs to be drawn in the per-speaker charts (default 3;
                       the others are listed under the chart)
  --source-columns C,C columns shown as each statement's source, or none (default: those of outlet,
                       source, publication, publisher, article_id, id, url, link the file has)
  --articles           INPUT holds articles, not statements: extracted as extract --articles does
                       (article columns on each statement, one identity per speaker across them)
  --id COL             with --articles: the article id column (default id, else the line number)
  --delimiter C        default , or tab for .tsv
  --encoding ENC       the input's encoding: utf8 (default), cp1252, latin1, utf16, utf16le, utf16be
${COMMON_SCORER}
  -q, --quiet          no summary on stderr

Examples:
  detente report examples/statements.csv --by date -o report.html
  detente score big.csv --text quote -o scored.csv && detente report scored.csv --text quote --by date -o report.html
  detente report --articles articles.csv --by date --bin week --title "March talks" -o report.html
  detente report --articles articles.csv --aliases aliases.csv --by date --bin week -o report.html
  detente report statements.csv --by date --bin week --side side --compare 2025-03-03,2025-04-04 -o report.html`,

  lexicon: `Usage: detente lexicon check FILE... [-o REPORT]

Validates lexicon modules of your own against the schema (id, version, kind, entries) and names the
entry and field of each problem. For tone modules it also checks that every term matches when
scored on its own. Exit code 1 if a module is invalid.

Options:
  -o, --output FILE    write the check's lines here instead of stdout

Examples:
  detente lexicon check my-terms.json
  detente lexicon check lexicons/packs/*.json`,
};
