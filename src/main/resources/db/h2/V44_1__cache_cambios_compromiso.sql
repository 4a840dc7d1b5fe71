-- H2 only: the identity columns of V44 hand out ids from a cache of 1,000, as every other table
-- does (V36 says why). Version 44.1, beside V44, so no later number is taken.
alter table cambio_compromiso alter column id set cache 1000;
alter table campo_cambio alter column id set cache 1000;
alter table version_compromiso alter column id set cache 1000;
