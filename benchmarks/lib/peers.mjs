/**
 * The peer scorers, each as `{ name, module, score(text) → number }` (higher = more positive; for
 * `sentiment` the length-normalised `comparative`, for wink-sentiment `normalizedScore`, for VADER the
 * `compound` score: the scores the shared README's peer table was measured with). Loaded
 * lazily, so the benchmark's output stays clean: natural pulls in dotenv, which prints "injected env"
 * banners on stdout unless DOTENV_CONFIG_QUIET is set before it loads.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `name@version` of an installed package. */
export function versionOf(name) {
  return `${name}@${require(`${name}/package.json`).version}`;
}

/** Builds every peer; throws if one is not installed. */
export async function loadPeers() {
  process.env.DOTENV_CONFIG_QUIET ??= 'true';
  const { default: Sentiment } = await import('sentiment');
  const { default: winkSentiment } = await import('wink-sentiment');
  const { default: vader } = await import('vader-sentiment');
  const { default: natural } = await import('natural');
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');

  const afinn = new Sentiment();
  const tokenizer = new natural.WordTokenizer();
  const naturalAnalyzer = new natural.SentimentAnalyzer('English', natural.PorterStemmer, 'afinn');
  const nlp = winkNLP(model);
  const its = nlp.its;

  return [
    { name: 'sentiment', module: versionOf('sentiment'), score: (text) => afinn.analyze(text).comparative },
    {
      name: 'wink-sentiment',
      module: versionOf('wink-sentiment'),
      score: (text) => winkSentiment(text).normalizedScore,
    },
    {
      name: 'vader',
      module: versionOf('vader-sentiment'),
      score: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
    },
    {
      name: 'natural',
      module: versionOf('natural'),
      score: (text) => naturalAnalyzer.getSentiment(tokenizer.tokenize(text)) || 0,
    },
    {
      name: 'wink-nlp',
      module: `${versionOf('wink-nlp')} + ${versionOf('wink-eng-lite-web-model')}`,
      score: (text) => nlp.readDoc(text).out(its.sentiment),
    },
  ];
}

/**
 * Wraps a peer as a scorer `evaluate()` accepts: its label is the sign of its score (0 = neutral, which is a
 * miss for a gold pole).
 */
export function asScorer(peer) {
  return {
    score(text) {
      const score = peer.score(text);
      return { score, label: score > 0 ? 'conciliatory' : score < 0 ? 'confrontational' : 'neutral' };
    },
  };
}
