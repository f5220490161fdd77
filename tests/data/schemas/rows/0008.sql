-- From schema 0008 on: a room's other names.
UPDATE room SET aliases = 'P.2, PH2', search_text = 'phong hop 2 | p.2, ph2' WHERE id = 1;
