"""Language knowledge shared by compose and lint, so that the two never disagree.

Which language an order is written in and Babel formatting (`locales`), how items are named (`items`,
`nouns`), and small word helpers (`words`). It imports neither compose nor lint.
"""
