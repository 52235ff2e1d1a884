"""The base of the API's answer schemas, below everything that describes an answer
(core.schemas, core.problems and each app's schemas)."""

from pydantic import BaseModel, ConfigDict


class OutSchema(BaseModel):
    """The base of every answer's schema.

    Views build answers as plain dicts, which pydantic checks against the schema
    in its compiled core. `ninja.Schema` would first wrap every nested object in
    its attribute getter (`DjangoGetter`, made for ORM objects), a Python call
    per field: about a fifth of a 100-item listing's time. Attribute reading
    stays on for the few answers built from objects."""

    model_config = ConfigDict(from_attributes=True)
