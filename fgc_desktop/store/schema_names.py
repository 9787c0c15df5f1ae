"""The names of the store's migrations, known without loading sqlite-utils.

Opening a store compares what it has applied with these names; only a store that lacks one
loads the migrations themselves (`store.migrations`, built on sqlite-utils, which takes longer
to import than the rest of the start). A test keeps this list and the migrations in step: a new
migration is added in both places.
"""

from __future__ import annotations

MIGRATION_SET = "fgc_desktop"

MIGRATION_NAMES = (
    "m001_conferences_plans_and_audit",
    "m002_referral_and_preparation",
    "m003_signature_strokes",
    "m004_answers_bottom_lines_and_copies",
    "m005_relationships_to_each_child",
    "m006_conference_day",
    "m007_agreed_snapshots",
    "m008_reviews",
    "m009_search",
    "m010_retention",
    "m011_action_origin",
    "m012_review_attendance_and_letters",
    "m013_signed_plans",
    "m014_document_language",
)
