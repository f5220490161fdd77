-- From schema 0004 on: records carry a version; some were saved again since.
UPDATE organization SET version = 3 WHERE id = 3;
UPDATE project SET version = 2 WHERE id = 1;
UPDATE event SET version = 2 WHERE id = 3;
UPDATE minutes SET version = 2 WHERE id = 1;
