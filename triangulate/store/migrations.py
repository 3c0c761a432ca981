"""Schema migrations, applied in order; PRAGMA user_version records how many have run."""

MIGRATIONS: list[str] = [
    # 1: articles, their facts, events
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        url TEXT, outlet TEXT, title TEXT, published TEXT, language TEXT,
        duplicate_of TEXT REFERENCES articles(id),
        outlets TEXT NOT NULL DEFAULT '[]',
        kind TEXT NOT NULL DEFAULT 'full',
        text TEXT NOT NULL,
        skip TEXT NOT NULL DEFAULT '[]',
        analyzed INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE facts (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX facts_article ON facts(article_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        title TEXT,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE event_articles (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (event_id, article_id)
    );
    """,
    # 2: clustering profiles (embedding, entities, terms, years) of analysed articles
    """
    CREATE TABLE profiles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        published TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX profiles_published ON profiles(published);
    CREATE INDEX event_articles_article ON event_articles(article_id);
    """,
    # 3: which version of the analysis (parse, facts, profile) an article's facts come from
    """
    ALTER TABLE articles ADD COLUMN analyzer TEXT;
    """,
    # 4: MinHash signatures of stored originals, so that a later run finds copies of them
    # without hashing their texts again
    """
    CREATE TABLE signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        minhash BLOB NOT NULL
    );
    """,
]
