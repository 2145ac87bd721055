"""The static site: pages generated from the glossary, built by MkDocs."""
