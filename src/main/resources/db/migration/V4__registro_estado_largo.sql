-- The state of a registration PENDIENTE_CONFIRMACION has 22 characters: the column of V1 (20) was
-- too short for the first state of every registration made on the portal.
alter table registro alter column estado set data type varchar(30);
