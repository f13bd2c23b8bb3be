"""The lint's reading machinery: spaCy pipelines, the lookup cache, tokens and their facts, note parts, matchers."""
