-- The field of a contest is fixed once a tournament is drawn or a judged contest's results are
-- published: nobody joins or leaves the sign-up list until the draw is undone or the results are
-- unlocked. NULL while the list may still change.
ALTER TABLE activity ADD COLUMN field_fixed_at TEXT;
