-- A decision may cover every team of a commune: up to 1,000 teams (the roster's limit) with keys of up to
-- 60 characters, comma-separated. 4,000 characters overflowed at about 65 long keys.
alter table decision alter column team_keys set data type varchar(61000);
