-- H2 only: the identity column of V42 (sesion_stl) hands out ids from a cache of 1,000, as every
-- other table does (V36 says why). Version 42.1, beside V42, so no later number is taken.
alter table sesion_stl alter column id set cache 1000;
