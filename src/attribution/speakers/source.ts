/** The shape of a resolved speaker, shared by speaker resolution, salience and statement assembly. */
import type { SpeakerKind } from '../types.js';
import type { Entity } from './entities.js';

/** A resolved speaker. */
export interface Speaker {
  readonly speaker: string | null;
  readonly mention: string | null;
  readonly confidence: number;
  /** Whether the speaker is a person (pronoun "it"/"they" look for the last one that is not). */
  readonly person: boolean;
  readonly kind: SpeakerKind | null;
  readonly title: string | null;
  readonly affiliation: string | null;
}

/** Confidence by how the speaker was found. */
export const CONFIDENCE = {
  name: 0.95,
  description: 0.85,
  definiteDescription: 0.85,
  ambiguousDescription: 0.6,
  organisationPronoun: 0.6,
  none: 0,
} as const;

/**
 * No speaker: what a cue without a subject, or a subject that names no one, resolves to.
 * @example
 * ```ts
 * noSpeaker('he').speaker; // null
 * ```
 */
export function noSpeaker(mention: string | null = null): Speaker {
  return {
    speaker: null,
    mention,
    confidence: CONFIDENCE.none,
    person: false,
    kind: null,
    title: null,
    affiliation: null,
  };
}

/**
 * A person entity as a speaker.
 * @example
 * ```ts
 * personSpeaker(lavrov, 'he', 0.9).title; // 'Foreign Minister'
 * ```
 */
export function personSpeaker(entity: Entity, mention: string, confidence: number): Speaker {
  return {
    speaker: entity.name,
    mention,
    confidence,
    person: true,
    kind: 'person',
    title: entity.title,
    affiliation: entity.affiliation,
  };
}
