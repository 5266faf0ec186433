#!/usr/bin/env python3
"""Deterministic generator of Dutch-like plain-text documents for the throughput benchmark.

Usage: scripts/bench/make_corpus.py SEED N OUTDIR

Writes N files OUTDIR/doc-000000.txt ... (UTF-8, LF line ends). Every document gets its own random
generator seeded from (SEED, index), so the same SEED and N always give a byte-identical corpus, and
document i is the same in every corpus size with that seed. Standard library only.

The text comes from a small sentence grammar over vocabularies written for this benchmark (see
lexicon.py): domain documents (schuldhulpverlening, budgetcoaching, sociaal werk) and unrelated ones
(bouw, logistiek, onderwijs, zorg), in the shape of kwalificatiedossiers (kerntaken, werkprocessen
"B1-K1-W2"), function descriptions ("Resultaatgebied 2"), vacancies, study guides and memos, with
headings, bullet and numbered lists and paragraphs. Document sizes are uniform between MIN_BYTES
and MAX_BYTES (mean about 10.5 KB, so 20,000 documents are about 200 MB, the size the targets name).

FORMAT is part of the cache name the benchmark uses: raise it whenever a change alters the output.
"""
import os
import random
import sys

from lexicon import ADVERBS, FRONT_ADVERBIALS, GENRES, PRONOUNS, TOPICS, TOPIC_WEIGHTS

# Version of the generated text; a cached corpus of another version is generated anew.
FORMAT = 2
MIN_BYTES = 1024
MAX_BYTES = 20 * 1024
FILE_NAME = "doc-{:06d}.txt"
# Probability that a paragraph sentence comes from a second, unrelated topic (real documents wander).
FOREIGN_SENTENCE_SHARE = 0.08
# Sentences per paragraph, and items per list.
PARAGRAPH_SENTENCES = (2, 6)
LIST_ITEMS = (3, 7)
# Probability that a noun phrase gets an adjective, and that a sentence gets an adverb.
ADJECTIVE_SHARE = 0.35
ADVERB_SHARE = 0.3


class Writer:
    """Builds one document from one topic and genre with its own random generator."""

    def __init__(self, rng, topic, genre):
        self.rng = rng
        self.topic = topic
        self.genre = genre
        self.lines = []
        self.size = 0

    # ----- words and phrases

    def pick(self, items):
        return self.rng.choice(items)

    def noun_phrase(self, topic=None, definite=None):
        """A noun phrase with article, optional inflected adjective and singular or plural noun."""
        topic = topic or self.topic
        article, noun, plural = self.noun(topic)
        adjective = self.pick(topic["adjectives"]) if self.rng.random() < ADJECTIVE_SHARE else None
        form = self.rng.random()
        if form < 0.3:
            # Plural: "de" or nothing; adjective inflected.
            det = "de " if definite or self.rng.random() < 0.6 else ""
            adj = adjective[1] + " " if adjective else ""
            return f"{det}{adj}{plural}"
        if definite is False or (definite is None and form < 0.55):
            # Indefinite singular: "een"; adjective inflected for de-words only.
            adj = (adjective[1] if article == "de" else adjective[0]) + " " if adjective else ""
            return f"een {adj}{noun}"
        adj = adjective[1] + " " if adjective else ""
        return f"{article} {adj}{noun}"

    def noun(self, topic):
        """A listed noun, or a compound made of a modifier and a head noun."""
        if self.rng.random() < 0.4:
            modifier = self.pick(topic["modifiers"])
            article, head, plural = self.pick(topic["heads"])
            return article, modifier + head, modifier + plural
        return self.pick(topic["nouns"])

    def subject(self, topic):
        """(text, plural?) for a sentence subject."""
        roll = self.rng.random()
        if roll < 0.2:
            return self.pick(PRONOUNS), False
        singular, plural = self.pick(topic["actors"])
        if roll < 0.35:
            return "de " + plural, True
        return "de " + singular, False

    def verb_parts(self, verb, plural):
        """(finite verb, separable particle or '') for a verb entry (3sg, infinitive, particle, participle)."""
        third, infinitive, particle, _ = verb
        return (infinitive if plural else third), particle

    # ----- sentences

    def sentence(self, topic=None):
        """One declarative sentence of the topic, in one of several word orders."""
        topic = topic or self.topic
        rng = self.rng
        pattern = rng.random()
        subject, plural = self.subject(topic)
        verb = self.pick(topic["verbs"])
        finite, particle = self.verb_parts(verb, plural)
        obj = self.noun_phrase(topic)
        tail = " " + particle if particle else ""
        adverb = " " + self.pick(ADVERBS) if rng.random() < ADVERB_SHARE else ""
        if pattern < 0.3:
            text = f"{subject} {finite}{adverb} {obj} {self.pick(topic['adverbials'])}{tail}"
        elif pattern < 0.5:
            front = self.pick(FRONT_ADVERBIALS + topic["fronts"])
            text = f"{front} {finite} {subject}{adverb} {obj}{tail}"
        elif pattern < 0.65:
            text = f"{subject} {finite} {obj}{tail}, {self.pick(topic['purposes'])}"
        elif pattern < 0.78:
            other = self.pick(topic["verbs"])
            finite2, particle2 = self.verb_parts(other, plural)
            tail2 = " " + particle2 if particle2 else ""
            text = f"{subject} {finite} {obj}{tail} en {finite2} {self.noun_phrase(topic)}{tail2}"
        elif pattern < 0.9:
            participle = verb[3]
            aux = "worden" if self.rng.random() < 0.3 else "wordt"
            passive = self.noun_phrase(topic, definite=True)
            if aux == "worden" and not passive.startswith("de "):
                aux = "wordt"
            text = f"{passive} {aux}{adverb} {self.pick(topic['adverbials'])} {participle}"
        else:
            text = f"{self.pick(topic['openers'])} {obj} {self.pick(topic['adverbials'])}"
        return capitalize(text) + "."

    def paragraph(self):
        sentences = []
        for _ in range(self.rng.randint(*PARAGRAPH_SENTENCES)):
            topic = self.topic
            if self.rng.random() < FOREIGN_SENTENCE_SHARE:
                topic = TOPICS[self.pick(list(TOPICS))]
            sentences.append(self.sentence(topic))
        return " ".join(sentences)

    def bullet_list(self, numbered=False):
        items = []
        marker = self.pick(["- ", "• ", "* "])
        for n in range(1, self.rng.randint(*LIST_ITEMS) + 1):
            item = self.list_item()
            items.append(f"{n}. {item}" if numbered else marker + item)
        return items

    def list_item(self):
        """A short list item: a verb phrase without subject, or a noun phrase."""
        if self.rng.random() < 0.6:
            finite, particle = self.verb_parts(self.pick(self.topic["verbs"]), False)
            tail = " " + particle if particle else ""
            return capitalize(f"{finite} {self.noun_phrase()}{tail}") + ";"
        return capitalize(self.noun_phrase()) + ";"

    # ----- document structure

    def add(self, *lines):
        for line in lines:
            self.lines.append(line)
            self.size += len(line.encode("utf-8")) + 1

    def title(self):
        topic = self.topic
        kind = self.genre
        if kind == "kwalificatiedossier":
            self.add(f"KWALIFICATIEDOSSIER {topic['occupation'].upper()}", "",
                     f"Crebo {self.rng.randint(25000, 25999)} – mbo niveau {self.rng.randint(2, 4)}", "")
        elif kind == "functiebeschrijving":
            self.add(f"Functiebeschrijving {topic['occupation']}", "",
                     f"Functieschaal {self.rng.randint(6, 11)}, versie {self.rng.randint(1, 5)}.{self.rng.randint(0, 9)}", "")
        elif kind == "vacature":
            self.add(f"Vacature: {topic['occupation']} ({self.rng.choice([24, 28, 32, 36])} uur)", "")
        elif kind == "studiegids":
            self.add(f"Studiegids {topic['course']}", "", f"Studiejaar {self.rng.randint(2019, 2025)}-{self.rng.randint(2020, 2026)}", "")
        else:
            self.add(f"Notitie: {capitalize(self.noun_phrase(definite=True))}", "")

    def section(self, index):
        """One section in the genre's shape: a heading, then paragraphs and lists."""
        topic = self.topic
        rng = self.rng
        kind = self.genre
        if kind == "kwalificatiedossier":
            core = 1 + index // 3
            process = 1 + index % 3
            if process == 1:
                self.add(f"B1-K{core} {self.pick(topic['tasks'])}", "")
            self.add(f"B1-K{core}-W{process} {self.pick(topic['tasks'])}", self.paragraph())
            self.add(f"Resultaat: {self.sentence()}", f"Gedrag: {self.sentence()}", "")
        elif kind == "functiebeschrijving":
            self.add(f"Resultaatgebied {index + 1}: {self.pick(topic['tasks'])}", "Werkzaamheden:")
            self.add(*self.bullet_list())
            self.add(f"Resultaat: {self.sentence()}", "")
        elif kind == "vacature":
            self.add(self.pick(GENRES["vacature"]), self.paragraph())
            self.add(*self.bullet_list())
            self.add("")
        elif kind == "studiegids":
            self.add(f"Leeruitkomst {index + 1}. {self.pick(topic['tasks'])}", self.paragraph())
            if rng.random() < 0.5:
                self.add("De student:")
                self.add(*self.bullet_list(numbered=rng.random() < 0.5))
            self.add("")
        else:
            self.add(self.pick(GENRES["notitie"]), self.paragraph(), "")
            if rng.random() < 0.3:
                self.add(*self.bullet_list(numbered=True))
                self.add("")

    def document(self, target):
        self.title()
        index = 0
        while self.size < target:
            self.section(index)
            index += 1
        while self.size > MAX_BYTES and len(self.lines) > 1:
            self.size -= len(self.lines.pop().encode("utf-8")) + 1
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


def capitalize(text):
    return text[:1].upper() + text[1:]


def target_size(rng):
    """Uniform size between MIN_BYTES and MAX_BYTES."""
    return rng.randint(MIN_BYTES, MAX_BYTES)


def make_document(seed, index):
    """The text of document `index` of the corpus with `seed` (independent of the corpus size)."""
    rng = random.Random(f"dekking-bench:{seed}:{index}")
    names = list(TOPICS)
    topic = TOPICS[rng.choices(names, weights=[TOPIC_WEIGHTS[n] for n in names])[0]]
    genre = rng.choice(["kwalificatiedossier", "functiebeschrijving", "vacature", "studiegids", "notitie"])
    return Writer(rng, topic, genre).document(target_size(rng))


def write_corpus(seed, count, outdir):
    os.makedirs(outdir, exist_ok=True)
    total = 0
    for index in range(count):
        data = make_document(seed, index).encode("utf-8")
        with open(os.path.join(outdir, FILE_NAME.format(index)), "wb") as f:
            f.write(data)
        total += len(data)
    return total


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    seed, count, outdir = argv[1], int(argv[2]), argv[3]
    total = write_corpus(seed, count, outdir)
    print(f"{count} documents, {total} bytes in {outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
