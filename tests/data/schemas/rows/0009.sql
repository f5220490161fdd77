-- From schema 0009 on: a project's status changes and an indicator's measurements,
-- each with its day (the migration wrote the ones it could tell; these came after).
INSERT INTO project_status_change (project_id, status, changed_on, recorded_at) VALUES
  (1, 'on_hold', '2026-07-15', '2026-07-15 02:00:00.000000'),
  (1, 'active', '2026-08-03', '2026-08-03 01:30:00.000000');
INSERT INTO indicator_measurement (indicator_id, value, measured_on) VALUES
  (1, 3.0, '2026-04-30'),
  (1, 9.0, '2026-09-30');
UPDATE indicator SET actual = 9.0, measured_on = '2026-09-30' WHERE id = 1;
