"""Influencer-tiers knowledge base: load, validate, export and publish the glossary."""
