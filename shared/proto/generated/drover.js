/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const drover = $root.drover = (() => {

    const drover = {};

    drover.v1 = (function() {

        const v1 = {};

        v1.FrameworkID = (function() {

            const FrameworkID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FrameworkID.prototype.value = "";

            FrameworkID.create = function(properties) {
                return new FrameworkID(properties);
            };

            FrameworkID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FrameworkID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.FrameworkID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FrameworkID.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.FrameworkID)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.FrameworkID: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.FrameworkID();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            FrameworkID.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = "";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            FrameworkID.prototype.toJSON = function() {
                return FrameworkID.toObject(this, $protobuf.util.toJSONOptions);
            };

            FrameworkID.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.FrameworkID";
            };

            return FrameworkID;
        })();

        v1.AgentID = (function() {

            const AgentID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentID.prototype.value = "";

            AgentID.create = function(properties) {
                return new AgentID(properties);
            };

            AgentID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.AgentID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentID.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.AgentID)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.AgentID: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.AgentID();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            AgentID.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = "";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            AgentID.prototype.toJSON = function() {
                return AgentID.toObject(this, $protobuf.util.toJSONOptions);
            };

            AgentID.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.AgentID";
            };

            return AgentID;
        })();

        v1.OfferID = (function() {

            const OfferID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OfferID.prototype.value = "";

            OfferID.create = function(properties) {
                return new OfferID(properties);
            };

            OfferID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OfferID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.OfferID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            OfferID.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.OfferID)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.OfferID: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.OfferID();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            OfferID.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = "";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            OfferID.prototype.toJSON = function() {
                return OfferID.toObject(this, $protobuf.util.toJSONOptions);
            };

            OfferID.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.OfferID";
            };

            return OfferID;
        })();

        v1.TaskID = (function() {

            const TaskID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskID.prototype.value = "";

            TaskID.create = function(properties) {
                return new TaskID(properties);
            };

            TaskID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.TaskID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TaskID.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.TaskID)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.TaskID: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.TaskID();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            TaskID.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = "";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            TaskID.prototype.toJSON = function() {
                return TaskID.toObject(this, $protobuf.util.toJSONOptions);
            };

            TaskID.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.TaskID";
            };

            return TaskID;
        })();

        v1.ExecutorID = (function() {

            const ExecutorID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecutorID.prototype.value = "";

            ExecutorID.create = function(properties) {
                return new ExecutorID(properties);
            };

            ExecutorID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecutorID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.ExecutorID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecutorID.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.ExecutorID)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.ExecutorID: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.ExecutorID();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            ExecutorID.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = "";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            ExecutorID.prototype.toJSON = function() {
                return ExecutorID.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecutorID.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.ExecutorID";
            };

            return ExecutorID;
        })();

        v1.ContainerID = (function() {

            const ContainerID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerID.prototype.value = "";

            ContainerID.create = function(properties) {
                return new ContainerID(properties);
            };

            ContainerID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.ContainerID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerID.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.ContainerID)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.ContainerID: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.ContainerID();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            ContainerID.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = "";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            ContainerID.prototype.toJSON = function() {
                return ContainerID.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerID.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.ContainerID";
            };

            return ContainerID;
        })();

        v1.ValueType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VALUE_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SCALAR"] = 1;
            values[valuesById[2] = "RANGES"] = 2;
            values[valuesById[3] = "SET"] = 3;
            values[valuesById[4] = "TEXT"] = 4;
            return values;
        })();

        v1.Scalar = (function() {

            const Scalar = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Scalar.prototype.value = 0;

            Scalar.create = function(properties) {
                return new Scalar(properties);
            };

            Scalar.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(9).double(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Scalar.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Scalar();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Scalar.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Scalar)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Scalar: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Scalar();
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                return message;
            };

            Scalar.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                return object;
            };

            Scalar.prototype.toJSON = function() {
                return Scalar.toObject(this, $protobuf.util.toJSONOptions);
            };

            Scalar.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Scalar";
            };

            return Scalar;
        })();

        v1.Range = (function() {

            const Range = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Range.prototype.begin = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Range.prototype.end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Range.create = function(properties) {
                return new Range(properties);
            };

            Range.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.begin != null && $Object.hasOwnProperty.call(message, "begin") && (typeof message.begin === "object" ? message.begin.low || message.begin.high : message.begin !== 0))
                    writer.uint32(8).uint64(message.begin);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(16).uint64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Range.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Range();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.begin = value;
                            else
                                delete message.begin;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Range.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Range)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Range: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Range();
                if (object.begin != null)
                    if (typeof object.begin === "object" ? object.begin.low || object.begin.high : $Number(object.begin) !== 0)
                        if ($util.Long)
                            message.begin = $util.Long.fromValue(object.begin, true);
                        else if (typeof object.begin === "string")
                            message.begin = $parseInt(object.begin, 10);
                        else if (typeof object.begin === "number")
                            message.begin = object.begin;
                        else if (typeof object.begin === "object")
                            message.begin = new $util.LongBits(object.begin.low >>> 0, object.begin.high >>> 0).toNumber(true);
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, true);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber(true);
                return message;
            };

            Range.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.begin = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.begin = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.begin = typeof message.begin === "number" ? $BigInt(message.begin) : $util.Long.fromBits(message.begin.low >>> 0, message.begin.high >>> 0, true).toBigInt();
                    else if (typeof message.begin === "number")
                        object.begin = options.longs === $String ? $String(message.begin) : message.begin;
                    else
                        object.begin = options.longs === $String ? $util.Long.prototype.toString.call(message.begin) : options.longs === $Number ? new $util.LongBits(message.begin.low >>> 0, message.begin.high >>> 0).toNumber(true) : message.begin;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, true).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber(true) : message.end;
                return object;
            };

            Range.prototype.toJSON = function() {
                return Range.toObject(this, $protobuf.util.toJSONOptions);
            };

            Range.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Range";
            };

            return Range;
        })();

        v1.Ranges = (function() {

            const Ranges = function (properties) {
                this.range = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ranges.prototype.range = $util.emptyArray;

            Ranges.create = function(properties) {
                return new Ranges(properties);
            };

            Ranges.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.range != null && message.range.length)
                    for (let i = 0; i < message.range.length; ++i)
                        $root.drover.v1.Range.encode(message.range[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ranges.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Ranges();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.range && message.range.length))
                                message.range = [];
                            message.range.push($root.drover.v1.Range.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ranges.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Ranges)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Ranges: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Ranges();
                if (object.range) {
                    if (!$Array.isArray(object.range))
                        throw $TypeError(".drover.v1.Ranges.range: array expected");
                    message.range = $Array(object.range.length);
                    for (let i = 0; i < object.range.length; ++i) {
                        if (!$util.isObject(object.range[i]))
                            throw $TypeError(".drover.v1.Ranges.range: object expected");
                        message.range[i] = $root.drover.v1.Range.fromObject(object.range[i], _depth + 1);
                    }
                }
                return message;
            };

            Ranges.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.range = [];
                if (message.range && message.range.length) {
                    object.range = $Array(message.range.length);
                    for (let j = 0; j < message.range.length; ++j)
                        object.range[j] = $root.drover.v1.Range.toObject(message.range[j], options, _depth + 1);
                }
                return object;
            };

            Ranges.prototype.toJSON = function() {
                return Ranges.toObject(this, $protobuf.util.toJSONOptions);
            };

            Ranges.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Ranges";
            };

            return Ranges;
        })();

        v1.ValueSet = (function() {

            const ValueSet = function (properties) {
                this.item = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ValueSet.prototype.item = $util.emptyArray;

            ValueSet.create = function(properties) {
                return new ValueSet(properties);
            };

            ValueSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.item != null && message.item.length)
                    for (let i = 0; i < message.item.length; ++i)
                        writer.uint32(10).string(message.item[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ValueSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.ValueSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ValueSet.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.ValueSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.ValueSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.ValueSet();
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".drover.v1.ValueSet.item: array expected");
                    message.item = $Array(object.item.length);
                    for (let i = 0; i < object.item.length; ++i)
                        message.item[i] = $String(object.item[i]);
                }
                return message;
            };

            ValueSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.item = [];
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (let j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                return object;
            };

            ValueSet.prototype.toJSON = function() {
                return ValueSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            ValueSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.ValueSet";
            };

            return ValueSet;
        })();

        v1.Text = (function() {

            const Text = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Text.prototype.value = "";

            Text.create = function(properties) {
                return new Text(properties);
            };

            Text.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Text.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Text();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Text.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Text)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Text: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Text();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            Text.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = "";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            Text.prototype.toJSON = function() {
                return Text.toObject(this, $protobuf.util.toJSONOptions);
            };

            Text.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Text";
            };

            return Text;
        })();

        v1.Label = (function() {

            const Label = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Label.prototype.key = "";
            Label.prototype.value = "";

            Label.create = function(properties) {
                return new Label(properties);
            };

            Label.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Label.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Label();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Label.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Label)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Label: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Label();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            Label.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.value = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            Label.prototype.toJSON = function() {
                return Label.toObject(this, $protobuf.util.toJSONOptions);
            };

            Label.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Label";
            };

            return Label;
        })();

        v1.Labels = (function() {

            const Labels = function (properties) {
                this.labels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Labels.prototype.labels = $util.emptyArray;

            Labels.create = function(properties) {
                return new Labels(properties);
            };

            Labels.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        $root.drover.v1.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Labels.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Labels();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push($root.drover.v1.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Labels.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Labels)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Labels: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Labels();
                if (object.labels) {
                    if (!$Array.isArray(object.labels))
                        throw $TypeError(".drover.v1.Labels.labels: array expected");
                    message.labels = $Array(object.labels.length);
                    for (let i = 0; i < object.labels.length; ++i) {
                        if (!$util.isObject(object.labels[i]))
                            throw $TypeError(".drover.v1.Labels.labels: object expected");
                        message.labels[i] = $root.drover.v1.Label.fromObject(object.labels[i], _depth + 1);
                    }
                }
                return message;
            };

            Labels.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.labels = [];
                if (message.labels && message.labels.length) {
                    object.labels = $Array(message.labels.length);
                    for (let j = 0; j < message.labels.length; ++j)
                        object.labels[j] = $root.drover.v1.Label.toObject(message.labels[j], options, _depth + 1);
                }
                return object;
            };

            Labels.prototype.toJSON = function() {
                return Labels.toObject(this, $protobuf.util.toJSONOptions);
            };

            Labels.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Labels";
            };

            return Labels;
        })();

        v1.Resource = (function() {

            const Resource = function (properties) {
                this.reservations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Resource.prototype.name = "";
            Resource.prototype.type = 0;
            Resource.prototype.scalar = null;
            Resource.prototype.ranges = null;
            Resource.prototype.set = null;
            Resource.prototype.role = "";
            Resource.prototype.reservations = $util.emptyArray;
            Resource.prototype.disk = null;

            Resource.create = function(properties) {
                return new Resource(properties);
            };

            Resource.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(16).int32(message.type);
                if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                    $root.drover.v1.Scalar.encode(message.scalar, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                    $root.drover.v1.Ranges.encode(message.ranges, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    $root.drover.v1.ValueSet.encode(message.set, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(50).string(message.role);
                if (message.reservations != null && message.reservations.length)
                    for (let i = 0; i < message.reservations.length; ++i)
                        $root.drover.v1.Resource.ReservationInfo.encode(message.reservations[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
                    $root.drover.v1.Resource.DiskInfo.encode(message.disk, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Resource.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Resource();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.scalar = $root.drover.v1.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, message.scalar);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ranges = $root.drover.v1.Ranges.decode(reader, reader.size(), $undefined, _depth + 1, message.ranges);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.set = $root.drover.v1.ValueSet.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reservations && message.reservations.length))
                                message.reservations = [];
                            message.reservations.push($root.drover.v1.Resource.ReservationInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.disk = $root.drover.v1.Resource.DiskInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.disk);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Resource.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Resource)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Resource: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Resource();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.ValueType[object.type] !== 0))
                    switch (object.type) {
                    case "VALUE_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "SCALAR":
                    case 1:
                        message.type = 1;
                        break;
                    case "RANGES":
                    case 2:
                        message.type = 2;
                        break;
                    case "SET":
                    case 3:
                        message.type = 3;
                        break;
                    case "TEXT":
                    case 4:
                        message.type = 4;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.scalar != null) {
                    if (!$util.isObject(object.scalar))
                        throw $TypeError(".drover.v1.Resource.scalar: object expected");
                    message.scalar = $root.drover.v1.Scalar.fromObject(object.scalar, _depth + 1);
                }
                if (object.ranges != null) {
                    if (!$util.isObject(object.ranges))
                        throw $TypeError(".drover.v1.Resource.ranges: object expected");
                    message.ranges = $root.drover.v1.Ranges.fromObject(object.ranges, _depth + 1);
                }
                if (object.set != null) {
                    if (!$util.isObject(object.set))
                        throw $TypeError(".drover.v1.Resource.set: object expected");
                    message.set = $root.drover.v1.ValueSet.fromObject(object.set, _depth + 1);
                }
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.reservations) {
                    if (!$Array.isArray(object.reservations))
                        throw $TypeError(".drover.v1.Resource.reservations: array expected");
                    message.reservations = $Array(object.reservations.length);
                    for (let i = 0; i < object.reservations.length; ++i) {
                        if (!$util.isObject(object.reservations[i]))
                            throw $TypeError(".drover.v1.Resource.reservations: object expected");
                        message.reservations[i] = $root.drover.v1.Resource.ReservationInfo.fromObject(object.reservations[i], _depth + 1);
                    }
                }
                if (object.disk != null) {
                    if (!$util.isObject(object.disk))
                        throw $TypeError(".drover.v1.Resource.disk: object expected");
                    message.disk = $root.drover.v1.Resource.DiskInfo.fromObject(object.disk, _depth + 1);
                }
                return message;
            };

            Resource.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.reservations = [];
                if (options.defaults) {
                    object.name = "";
                    object.type = options.enums === $String ? "VALUE_TYPE_UNSPECIFIED" : 0;
                    object.scalar = null;
                    object.ranges = null;
                    object.set = null;
                    object.role = "";
                    object.disk = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.ValueType[message.type] === $undefined ? message.type : $root.drover.v1.ValueType[message.type] : message.type;
                if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                    object.scalar = $root.drover.v1.Scalar.toObject(message.scalar, options, _depth + 1);
                if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                    object.ranges = $root.drover.v1.Ranges.toObject(message.ranges, options, _depth + 1);
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    object.set = $root.drover.v1.ValueSet.toObject(message.set, options, _depth + 1);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.reservations && message.reservations.length) {
                    object.reservations = $Array(message.reservations.length);
                    for (let j = 0; j < message.reservations.length; ++j)
                        object.reservations[j] = $root.drover.v1.Resource.ReservationInfo.toObject(message.reservations[j], options, _depth + 1);
                }
                if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
                    object.disk = $root.drover.v1.Resource.DiskInfo.toObject(message.disk, options, _depth + 1);
                return object;
            };

            Resource.prototype.toJSON = function() {
                return Resource.toObject(this, $protobuf.util.toJSONOptions);
            };

            Resource.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Resource";
            };

            Resource.ReservationInfo = (function() {

                const ReservationInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ReservationInfo.prototype.type = 0;
                ReservationInfo.prototype.role = "";
                ReservationInfo.prototype.principal = "";
                ReservationInfo.prototype.labels = null;

                ReservationInfo.create = function(properties) {
                    return new ReservationInfo(properties);
                };

                ReservationInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(8).int32(message.type);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                        writer.uint32(18).string(message.role);
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                        writer.uint32(26).string(message.principal);
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                        $root.drover.v1.Labels.encode(message.labels, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ReservationInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Resource.ReservationInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.principal = value;
                                else
                                    delete message.principal;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.labels = $root.drover.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ReservationInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Resource.ReservationInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Resource.ReservationInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Resource.ReservationInfo();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.Resource.ReservationInfo.Type[object.type] !== 0))
                        switch (object.type) {
                        case "TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "STATIC":
                        case 1:
                            message.type = 1;
                            break;
                        case "DYNAMIC":
                        case 2:
                            message.type = 2;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.role != null)
                        if (typeof object.role !== "string" || object.role.length)
                            message.role = $String(object.role);
                    if (object.principal != null)
                        if (typeof object.principal !== "string" || object.principal.length)
                            message.principal = $String(object.principal);
                    if (object.labels != null) {
                        if (!$util.isObject(object.labels))
                            throw $TypeError(".drover.v1.Resource.ReservationInfo.labels: object expected");
                        message.labels = $root.drover.v1.Labels.fromObject(object.labels, _depth + 1);
                    }
                    return message;
                };

                ReservationInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                        object.role = "";
                        object.principal = "";
                        object.labels = null;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.drover.v1.Resource.ReservationInfo.Type[message.type] === $undefined ? message.type : $root.drover.v1.Resource.ReservationInfo.Type[message.type] : message.type;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                        object.principal = message.principal;
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                        object.labels = $root.drover.v1.Labels.toObject(message.labels, options, _depth + 1);
                    return object;
                };

                ReservationInfo.prototype.toJSON = function() {
                    return ReservationInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                ReservationInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Resource.ReservationInfo";
                };

                ReservationInfo.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "STATIC"] = 1;
                    values[valuesById[2] = "DYNAMIC"] = 2;
                    return values;
                })();

                return ReservationInfo;
            })();

            Resource.DiskInfo = (function() {

                const DiskInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DiskInfo.prototype.persistence = null;
                DiskInfo.prototype.volume = null;

                DiskInfo.create = function(properties) {
                    return new DiskInfo(properties);
                };

                DiskInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.persistence != null && $Object.hasOwnProperty.call(message, "persistence"))
                        $root.drover.v1.Resource.DiskInfo.Persistence.encode(message.persistence, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                        $root.drover.v1.Resource.DiskInfo.Volume.encode(message.volume, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DiskInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Resource.DiskInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.persistence = $root.drover.v1.Resource.DiskInfo.Persistence.decode(reader, reader.size(), $undefined, _depth + 1, message.persistence);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.volume = $root.drover.v1.Resource.DiskInfo.Volume.decode(reader, reader.size(), $undefined, _depth + 1, message.volume);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DiskInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Resource.DiskInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Resource.DiskInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Resource.DiskInfo();
                    if (object.persistence != null) {
                        if (!$util.isObject(object.persistence))
                            throw $TypeError(".drover.v1.Resource.DiskInfo.persistence: object expected");
                        message.persistence = $root.drover.v1.Resource.DiskInfo.Persistence.fromObject(object.persistence, _depth + 1);
                    }
                    if (object.volume != null) {
                        if (!$util.isObject(object.volume))
                            throw $TypeError(".drover.v1.Resource.DiskInfo.volume: object expected");
                        message.volume = $root.drover.v1.Resource.DiskInfo.Volume.fromObject(object.volume, _depth + 1);
                    }
                    return message;
                };

                DiskInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.persistence = null;
                        object.volume = null;
                    }
                    if (message.persistence != null && $Object.hasOwnProperty.call(message, "persistence"))
                        object.persistence = $root.drover.v1.Resource.DiskInfo.Persistence.toObject(message.persistence, options, _depth + 1);
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                        object.volume = $root.drover.v1.Resource.DiskInfo.Volume.toObject(message.volume, options, _depth + 1);
                    return object;
                };

                DiskInfo.prototype.toJSON = function() {
                    return DiskInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                DiskInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Resource.DiskInfo";
                };

                DiskInfo.Persistence = (function() {

                    const Persistence = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Persistence.prototype.id = "";
                    Persistence.prototype.principal = "";

                    Persistence.create = function(properties) {
                        return new Persistence(properties);
                    };

                    Persistence.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(10).string(message.id);
                        if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                            writer.uint32(18).string(message.principal);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Persistence.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.Resource.DiskInfo.Persistence();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.id = value;
                                    else
                                        delete message.id;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.principal = value;
                                    else
                                        delete message.principal;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Persistence.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.Resource.DiskInfo.Persistence)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.Resource.DiskInfo.Persistence: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.Resource.DiskInfo.Persistence();
                        if (object.id != null)
                            if (typeof object.id !== "string" || object.id.length)
                                message.id = $String(object.id);
                        if (object.principal != null)
                            if (typeof object.principal !== "string" || object.principal.length)
                                message.principal = $String(object.principal);
                        return message;
                    };

                    Persistence.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.id = "";
                            object.principal = "";
                        }
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = message.id;
                        if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                            object.principal = message.principal;
                        return object;
                    };

                    Persistence.prototype.toJSON = function() {
                        return Persistence.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Persistence.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.Resource.DiskInfo.Persistence";
                    };

                    return Persistence;
                })();

                DiskInfo.Volume = (function() {

                    const Volume = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Volume.prototype.containerPath = "";
                    Volume.prototype.mode = "";

                    Volume.create = function(properties) {
                        return new Volume(properties);
                    };

                    Volume.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath") && message.containerPath !== "")
                            writer.uint32(10).string(message.containerPath);
                        if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                            writer.uint32(18).string(message.mode);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Volume.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.Resource.DiskInfo.Volume();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.containerPath = value;
                                    else
                                        delete message.containerPath;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.mode = value;
                                    else
                                        delete message.mode;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Volume.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.Resource.DiskInfo.Volume)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.Resource.DiskInfo.Volume: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.Resource.DiskInfo.Volume();
                        if (object.containerPath != null)
                            if (typeof object.containerPath !== "string" || object.containerPath.length)
                                message.containerPath = $String(object.containerPath);
                        if (object.mode != null)
                            if (typeof object.mode !== "string" || object.mode.length)
                                message.mode = $String(object.mode);
                        return message;
                    };

                    Volume.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerPath = "";
                            object.mode = "";
                        }
                        if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath"))
                            object.containerPath = message.containerPath;
                        if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                            object.mode = message.mode;
                        return object;
                    };

                    Volume.prototype.toJSON = function() {
                        return Volume.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Volume.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.Resource.DiskInfo.Volume";
                    };

                    return Volume;
                })();

                return DiskInfo;
            })();

            return Resource;
        })();

        v1.Attribute = (function() {

            const Attribute = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Attribute.prototype.name = "";
            Attribute.prototype.type = 0;
            Attribute.prototype.scalar = null;
            Attribute.prototype.ranges = null;
            Attribute.prototype.set = null;
            Attribute.prototype.text = null;

            Attribute.create = function(properties) {
                return new Attribute(properties);
            };

            Attribute.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(16).int32(message.type);
                if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                    $root.drover.v1.Scalar.encode(message.scalar, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                    $root.drover.v1.Ranges.encode(message.ranges, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    $root.drover.v1.ValueSet.encode(message.set, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    $root.drover.v1.Text.encode(message.text, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Attribute.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Attribute();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.scalar = $root.drover.v1.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, message.scalar);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ranges = $root.drover.v1.Ranges.decode(reader, reader.size(), $undefined, _depth + 1, message.ranges);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.set = $root.drover.v1.ValueSet.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.text = $root.drover.v1.Text.decode(reader, reader.size(), $undefined, _depth + 1, message.text);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Attribute.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Attribute)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Attribute: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Attribute();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.ValueType[object.type] !== 0))
                    switch (object.type) {
                    case "VALUE_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "SCALAR":
                    case 1:
                        message.type = 1;
                        break;
                    case "RANGES":
                    case 2:
                        message.type = 2;
                        break;
                    case "SET":
                    case 3:
                        message.type = 3;
                        break;
                    case "TEXT":
                    case 4:
                        message.type = 4;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.scalar != null) {
                    if (!$util.isObject(object.scalar))
                        throw $TypeError(".drover.v1.Attribute.scalar: object expected");
                    message.scalar = $root.drover.v1.Scalar.fromObject(object.scalar, _depth + 1);
                }
                if (object.ranges != null) {
                    if (!$util.isObject(object.ranges))
                        throw $TypeError(".drover.v1.Attribute.ranges: object expected");
                    message.ranges = $root.drover.v1.Ranges.fromObject(object.ranges, _depth + 1);
                }
                if (object.set != null) {
                    if (!$util.isObject(object.set))
                        throw $TypeError(".drover.v1.Attribute.set: object expected");
                    message.set = $root.drover.v1.ValueSet.fromObject(object.set, _depth + 1);
                }
                if (object.text != null) {
                    if (!$util.isObject(object.text))
                        throw $TypeError(".drover.v1.Attribute.text: object expected");
                    message.text = $root.drover.v1.Text.fromObject(object.text, _depth + 1);
                }
                return message;
            };

            Attribute.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.type = options.enums === $String ? "VALUE_TYPE_UNSPECIFIED" : 0;
                    object.scalar = null;
                    object.ranges = null;
                    object.set = null;
                    object.text = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.ValueType[message.type] === $undefined ? message.type : $root.drover.v1.ValueType[message.type] : message.type;
                if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                    object.scalar = $root.drover.v1.Scalar.toObject(message.scalar, options, _depth + 1);
                if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                    object.ranges = $root.drover.v1.Ranges.toObject(message.ranges, options, _depth + 1);
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    object.set = $root.drover.v1.ValueSet.toObject(message.set, options, _depth + 1);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = $root.drover.v1.Text.toObject(message.text, options, _depth + 1);
                return object;
            };

            Attribute.prototype.toJSON = function() {
                return Attribute.toObject(this, $protobuf.util.toJSONOptions);
            };

            Attribute.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Attribute";
            };

            return Attribute;
        })();

        v1.AgentInfo = (function() {

            const AgentInfo = function (properties) {
                this.resources = [];
                this.attributes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentInfo.prototype.id = null;
            AgentInfo.prototype.hostname = "";
            AgentInfo.prototype.port = 0;
            AgentInfo.prototype.resources = $util.emptyArray;
            AgentInfo.prototype.attributes = $util.emptyArray;
            AgentInfo.prototype.domainRegion = "";
            AgentInfo.prototype.domainZone = "";
            AgentInfo.prototype.bootId = "";
            AgentInfo.prototype.version = "";
            AgentInfo.prototype.address = "";

            AgentInfo.create = function(properties) {
                return new AgentInfo(properties);
            };

            AgentInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    $root.drover.v1.AgentID.encode(message.id, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(18).string(message.hostname);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(24).uint32(message.port);
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.drover.v1.Resource.encode(message.resources[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.attributes != null && message.attributes.length)
                    for (let i = 0; i < message.attributes.length; ++i)
                        $root.drover.v1.Attribute.encode(message.attributes[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.domainRegion != null && $Object.hasOwnProperty.call(message, "domainRegion") && message.domainRegion !== "")
                    writer.uint32(50).string(message.domainRegion);
                if (message.domainZone != null && $Object.hasOwnProperty.call(message, "domainZone") && message.domainZone !== "")
                    writer.uint32(58).string(message.domainZone);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(66).string(message.bootId);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(74).string(message.version);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(82).string(message.address);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.AgentInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.id = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.id);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.drover.v1.Attribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.domainRegion = value;
                            else
                                delete message.domainRegion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.domainZone = value;
                            else
                                delete message.domainZone;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.AgentInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.AgentInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.AgentInfo();
                if (object.id != null) {
                    if (!$util.isObject(object.id))
                        throw $TypeError(".drover.v1.AgentInfo.id: object expected");
                    message.id = $root.drover.v1.AgentID.fromObject(object.id, _depth + 1);
                }
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                if (object.resources) {
                    if (!$Array.isArray(object.resources))
                        throw $TypeError(".drover.v1.AgentInfo.resources: array expected");
                    message.resources = $Array(object.resources.length);
                    for (let i = 0; i < object.resources.length; ++i) {
                        if (!$util.isObject(object.resources[i]))
                            throw $TypeError(".drover.v1.AgentInfo.resources: object expected");
                        message.resources[i] = $root.drover.v1.Resource.fromObject(object.resources[i], _depth + 1);
                    }
                }
                if (object.attributes) {
                    if (!$Array.isArray(object.attributes))
                        throw $TypeError(".drover.v1.AgentInfo.attributes: array expected");
                    message.attributes = $Array(object.attributes.length);
                    for (let i = 0; i < object.attributes.length; ++i) {
                        if (!$util.isObject(object.attributes[i]))
                            throw $TypeError(".drover.v1.AgentInfo.attributes: object expected");
                        message.attributes[i] = $root.drover.v1.Attribute.fromObject(object.attributes[i], _depth + 1);
                    }
                }
                if (object.domainRegion != null)
                    if (typeof object.domainRegion !== "string" || object.domainRegion.length)
                        message.domainRegion = $String(object.domainRegion);
                if (object.domainZone != null)
                    if (typeof object.domainZone !== "string" || object.domainZone.length)
                        message.domainZone = $String(object.domainZone);
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                return message;
            };

            AgentInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.resources = [];
                    object.attributes = [];
                }
                if (options.defaults) {
                    object.id = null;
                    object.hostname = "";
                    object.port = 0;
                    object.domainRegion = "";
                    object.domainZone = "";
                    object.bootId = "";
                    object.version = "";
                    object.address = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = $root.drover.v1.AgentID.toObject(message.id, options, _depth + 1);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                if (message.resources && message.resources.length) {
                    object.resources = $Array(message.resources.length);
                    for (let j = 0; j < message.resources.length; ++j)
                        object.resources[j] = $root.drover.v1.Resource.toObject(message.resources[j], options, _depth + 1);
                }
                if (message.attributes && message.attributes.length) {
                    object.attributes = $Array(message.attributes.length);
                    for (let j = 0; j < message.attributes.length; ++j)
                        object.attributes[j] = $root.drover.v1.Attribute.toObject(message.attributes[j], options, _depth + 1);
                }
                if (message.domainRegion != null && $Object.hasOwnProperty.call(message, "domainRegion"))
                    object.domainRegion = message.domainRegion;
                if (message.domainZone != null && $Object.hasOwnProperty.call(message, "domainZone"))
                    object.domainZone = message.domainZone;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                return object;
            };

            AgentInfo.prototype.toJSON = function() {
                return AgentInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            AgentInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.AgentInfo";
            };

            return AgentInfo;
        })();

        v1.FrameworkInfo = (function() {

            const FrameworkInfo = function (properties) {
                this.roles = [];
                this.capabilities = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FrameworkInfo.prototype.id = null;
            FrameworkInfo.prototype.name = "";
            FrameworkInfo.prototype.user = "";
            FrameworkInfo.prototype.roles = $util.emptyArray;
            FrameworkInfo.prototype.principal = "";
            FrameworkInfo.prototype.failoverTimeout = 0;
            FrameworkInfo.prototype.checkpoint = false;
            FrameworkInfo.prototype.capabilities = $util.emptyArray;
            FrameworkInfo.prototype.hostname = "";
            FrameworkInfo.prototype.webuiUrl = "";
            FrameworkInfo.prototype.labels = null;

            FrameworkInfo.create = function(properties) {
                return new FrameworkInfo(properties);
            };

            FrameworkInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    $root.drover.v1.FrameworkID.encode(message.id, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(26).string(message.user);
                if (message.roles != null && message.roles.length)
                    for (let i = 0; i < message.roles.length; ++i)
                        writer.uint32(34).string(message.roles[i]);
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                    writer.uint32(42).string(message.principal);
                if (message.failoverTimeout != null && $Object.hasOwnProperty.call(message, "failoverTimeout") && !$Object.is(message.failoverTimeout, 0))
                    writer.uint32(49).double(message.failoverTimeout);
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint") && message.checkpoint !== false)
                    writer.uint32(56).bool(message.checkpoint);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        $root.drover.v1.FrameworkInfo.Capability.encode(message.capabilities[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(74).string(message.hostname);
                if (message.webuiUrl != null && $Object.hasOwnProperty.call(message, "webuiUrl") && message.webuiUrl !== "")
                    writer.uint32(82).string(message.webuiUrl);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.drover.v1.Labels.encode(message.labels, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FrameworkInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.FrameworkInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.id = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.id);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.roles && message.roles.length))
                                message.roles = [];
                            message.roles.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.principal = value;
                            else
                                delete message.principal;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.failoverTimeout = value;
                            else
                                delete message.failoverTimeout;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.checkpoint = value;
                            else
                                delete message.checkpoint;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push($root.drover.v1.FrameworkInfo.Capability.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.webuiUrl = value;
                            else
                                delete message.webuiUrl;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.labels = $root.drover.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FrameworkInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.FrameworkInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.FrameworkInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.FrameworkInfo();
                if (object.id != null) {
                    if (!$util.isObject(object.id))
                        throw $TypeError(".drover.v1.FrameworkInfo.id: object expected");
                    message.id = $root.drover.v1.FrameworkID.fromObject(object.id, _depth + 1);
                }
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                if (object.roles) {
                    if (!$Array.isArray(object.roles))
                        throw $TypeError(".drover.v1.FrameworkInfo.roles: array expected");
                    message.roles = $Array(object.roles.length);
                    for (let i = 0; i < object.roles.length; ++i)
                        message.roles[i] = $String(object.roles[i]);
                }
                if (object.principal != null)
                    if (typeof object.principal !== "string" || object.principal.length)
                        message.principal = $String(object.principal);
                if (object.failoverTimeout != null)
                    if (!$Object.is($Number(object.failoverTimeout), 0))
                        message.failoverTimeout = $Number(object.failoverTimeout);
                if (object.checkpoint != null)
                    if (object.checkpoint)
                        message.checkpoint = $Boolean(object.checkpoint);
                if (object.capabilities) {
                    if (!$Array.isArray(object.capabilities))
                        throw $TypeError(".drover.v1.FrameworkInfo.capabilities: array expected");
                    message.capabilities = $Array(object.capabilities.length);
                    for (let i = 0; i < object.capabilities.length; ++i) {
                        if (!$util.isObject(object.capabilities[i]))
                            throw $TypeError(".drover.v1.FrameworkInfo.capabilities: object expected");
                        message.capabilities[i] = $root.drover.v1.FrameworkInfo.Capability.fromObject(object.capabilities[i], _depth + 1);
                    }
                }
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.webuiUrl != null)
                    if (typeof object.webuiUrl !== "string" || object.webuiUrl.length)
                        message.webuiUrl = $String(object.webuiUrl);
                if (object.labels != null) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".drover.v1.FrameworkInfo.labels: object expected");
                    message.labels = $root.drover.v1.Labels.fromObject(object.labels, _depth + 1);
                }
                return message;
            };

            FrameworkInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.roles = [];
                    object.capabilities = [];
                }
                if (options.defaults) {
                    object.id = null;
                    object.name = "";
                    object.user = "";
                    object.principal = "";
                    object.failoverTimeout = 0;
                    object.checkpoint = false;
                    object.hostname = "";
                    object.webuiUrl = "";
                    object.labels = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = $root.drover.v1.FrameworkID.toObject(message.id, options, _depth + 1);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.roles && message.roles.length) {
                    object.roles = $Array(message.roles.length);
                    for (let j = 0; j < message.roles.length; ++j)
                        object.roles[j] = message.roles[j];
                }
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                    object.principal = message.principal;
                if (message.failoverTimeout != null && $Object.hasOwnProperty.call(message, "failoverTimeout"))
                    object.failoverTimeout = options.json && !$isFinite(message.failoverTimeout) ? $String(message.failoverTimeout) : message.failoverTimeout;
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    object.checkpoint = message.checkpoint;
                if (message.capabilities && message.capabilities.length) {
                    object.capabilities = $Array(message.capabilities.length);
                    for (let j = 0; j < message.capabilities.length; ++j)
                        object.capabilities[j] = $root.drover.v1.FrameworkInfo.Capability.toObject(message.capabilities[j], options, _depth + 1);
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.webuiUrl != null && $Object.hasOwnProperty.call(message, "webuiUrl"))
                    object.webuiUrl = message.webuiUrl;
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    object.labels = $root.drover.v1.Labels.toObject(message.labels, options, _depth + 1);
                return object;
            };

            FrameworkInfo.prototype.toJSON = function() {
                return FrameworkInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            FrameworkInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.FrameworkInfo";
            };

            FrameworkInfo.Capability = (function() {

                const Capability = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Capability.prototype.type = 0;

                Capability.create = function(properties) {
                    return new Capability(properties);
                };

                Capability.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(8).int32(message.type);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Capability.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.FrameworkInfo.Capability();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Capability.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.FrameworkInfo.Capability)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.FrameworkInfo.Capability: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.FrameworkInfo.Capability();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.FrameworkInfo.Capability.Type[object.type] !== 0))
                        switch (object.type) {
                        case "TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "REVOCABLE_RESOURCES":
                        case 1:
                            message.type = 1;
                            break;
                        case "TASK_KILLING_STATE":
                        case 2:
                            message.type = 2;
                            break;
                        case "GPU_RESOURCES":
                        case 3:
                            message.type = 3;
                            break;
                        case "SHARED_RESOURCES":
                        case 4:
                            message.type = 4;
                            break;
                        case "PARTITION_AWARE":
                        case 5:
                            message.type = 5;
                            break;
                        case "MULTI_ROLE":
                        case 6:
                            message.type = 6;
                            break;
                        case "RESERVATION_REFINEMENT":
                        case 7:
                            message.type = 7;
                            break;
                        case "REGION_AWARE":
                        case 8:
                            message.type = 8;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    return message;
                };

                Capability.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.drover.v1.FrameworkInfo.Capability.Type[message.type] === $undefined ? message.type : $root.drover.v1.FrameworkInfo.Capability.Type[message.type] : message.type;
                    return object;
                };

                Capability.prototype.toJSON = function() {
                    return Capability.toObject(this, $protobuf.util.toJSONOptions);
                };

                Capability.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.FrameworkInfo.Capability";
                };

                Capability.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "REVOCABLE_RESOURCES"] = 1;
                    values[valuesById[2] = "TASK_KILLING_STATE"] = 2;
                    values[valuesById[3] = "GPU_RESOURCES"] = 3;
                    values[valuesById[4] = "SHARED_RESOURCES"] = 4;
                    values[valuesById[5] = "PARTITION_AWARE"] = 5;
                    values[valuesById[6] = "MULTI_ROLE"] = 6;
                    values[valuesById[7] = "RESERVATION_REFINEMENT"] = 7;
                    values[valuesById[8] = "REGION_AWARE"] = 8;
                    return values;
                })();

                return Capability;
            })();

            return FrameworkInfo;
        })();

        v1.MasterInfo = (function() {

            const MasterInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MasterInfo.prototype.id = "";
            MasterInfo.prototype.hostname = "";
            MasterInfo.prototype.port = 0;
            MasterInfo.prototype.version = "";
            MasterInfo.prototype.cluster = "";
            MasterInfo.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            MasterInfo.create = function(properties) {
                return new MasterInfo(properties);
            };

            MasterInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(18).string(message.hostname);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(24).uint32(message.port);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(34).string(message.version);
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                    writer.uint32(42).string(message.cluster);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(48).uint64(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MasterInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.MasterInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cluster = value;
                            else
                                delete message.cluster;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MasterInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.MasterInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.MasterInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.MasterInfo();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.cluster != null)
                    if (typeof object.cluster !== "string" || object.cluster.length)
                        message.cluster = $String(object.cluster);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                return message;
            };

            MasterInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.hostname = "";
                    object.port = 0;
                    object.version = "";
                    object.cluster = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                    object.cluster = message.cluster;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                return object;
            };

            MasterInfo.prototype.toJSON = function() {
                return MasterInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            MasterInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.MasterInfo";
            };

            return MasterInfo;
        })();

        v1.Filters = (function() {

            const Filters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Filters.prototype.refuseSeconds = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Filters.prototype, "_refuseSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["refuseSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Filters.create = function(properties) {
                return new Filters(properties);
            };

            Filters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refuseSeconds != null && $Object.hasOwnProperty.call(message, "refuseSeconds"))
                    writer.uint32(9).double(message.refuseSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Filters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Filters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            message.refuseSeconds = reader.double();
                            message._refuseSeconds = "refuseSeconds";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Filters.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Filters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Filters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Filters();
                if (object.refuseSeconds != null)
                    message.refuseSeconds = $Number(object.refuseSeconds);
                return message;
            };

            Filters.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.refuseSeconds != null && $Object.hasOwnProperty.call(message, "refuseSeconds"))
                    object.refuseSeconds = options.json && !$isFinite(message.refuseSeconds) ? $String(message.refuseSeconds) : message.refuseSeconds;
                return object;
            };

            Filters.prototype.toJSON = function() {
                return Filters.toObject(this, $protobuf.util.toJSONOptions);
            };

            Filters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Filters";
            };

            return Filters;
        })();

        v1.Offer = (function() {

            const Offer = function (properties) {
                this.resources = [];
                this.attributes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Offer.prototype.id = null;
            Offer.prototype.frameworkId = null;
            Offer.prototype.agentId = null;
            Offer.prototype.hostname = "";
            Offer.prototype.resources = $util.emptyArray;
            Offer.prototype.attributes = $util.emptyArray;
            Offer.prototype.allocationRole = "";
            Offer.prototype.url = "";

            Offer.create = function(properties) {
                return new Offer(properties);
            };

            Offer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    $root.drover.v1.OfferID.encode(message.id, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(34).string(message.hostname);
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.drover.v1.Resource.encode(message.resources[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.attributes != null && message.attributes.length)
                    for (let i = 0; i < message.attributes.length; ++i)
                        $root.drover.v1.Attribute.encode(message.attributes[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.allocationRole != null && $Object.hasOwnProperty.call(message, "allocationRole") && message.allocationRole !== "")
                    writer.uint32(58).string(message.allocationRole);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(66).string(message.url);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Offer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Offer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.id = $root.drover.v1.OfferID.decode(reader, reader.size(), $undefined, _depth + 1, message.id);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.drover.v1.Attribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.allocationRole = value;
                            else
                                delete message.allocationRole;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Offer.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Offer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Offer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Offer();
                if (object.id != null) {
                    if (!$util.isObject(object.id))
                        throw $TypeError(".drover.v1.Offer.id: object expected");
                    message.id = $root.drover.v1.OfferID.fromObject(object.id, _depth + 1);
                }
                if (object.frameworkId != null) {
                    if (!$util.isObject(object.frameworkId))
                        throw $TypeError(".drover.v1.Offer.frameworkId: object expected");
                    message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                }
                if (object.agentId != null) {
                    if (!$util.isObject(object.agentId))
                        throw $TypeError(".drover.v1.Offer.agentId: object expected");
                    message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                }
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.resources) {
                    if (!$Array.isArray(object.resources))
                        throw $TypeError(".drover.v1.Offer.resources: array expected");
                    message.resources = $Array(object.resources.length);
                    for (let i = 0; i < object.resources.length; ++i) {
                        if (!$util.isObject(object.resources[i]))
                            throw $TypeError(".drover.v1.Offer.resources: object expected");
                        message.resources[i] = $root.drover.v1.Resource.fromObject(object.resources[i], _depth + 1);
                    }
                }
                if (object.attributes) {
                    if (!$Array.isArray(object.attributes))
                        throw $TypeError(".drover.v1.Offer.attributes: array expected");
                    message.attributes = $Array(object.attributes.length);
                    for (let i = 0; i < object.attributes.length; ++i) {
                        if (!$util.isObject(object.attributes[i]))
                            throw $TypeError(".drover.v1.Offer.attributes: object expected");
                        message.attributes[i] = $root.drover.v1.Attribute.fromObject(object.attributes[i], _depth + 1);
                    }
                }
                if (object.allocationRole != null)
                    if (typeof object.allocationRole !== "string" || object.allocationRole.length)
                        message.allocationRole = $String(object.allocationRole);
                if (object.url != null)
                    if (typeof object.url !== "string" || object.url.length)
                        message.url = $String(object.url);
                return message;
            };

            Offer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.resources = [];
                    object.attributes = [];
                }
                if (options.defaults) {
                    object.id = null;
                    object.frameworkId = null;
                    object.agentId = null;
                    object.hostname = "";
                    object.allocationRole = "";
                    object.url = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = $root.drover.v1.OfferID.toObject(message.id, options, _depth + 1);
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.resources && message.resources.length) {
                    object.resources = $Array(message.resources.length);
                    for (let j = 0; j < message.resources.length; ++j)
                        object.resources[j] = $root.drover.v1.Resource.toObject(message.resources[j], options, _depth + 1);
                }
                if (message.attributes && message.attributes.length) {
                    object.attributes = $Array(message.attributes.length);
                    for (let j = 0; j < message.attributes.length; ++j)
                        object.attributes[j] = $root.drover.v1.Attribute.toObject(message.attributes[j], options, _depth + 1);
                }
                if (message.allocationRole != null && $Object.hasOwnProperty.call(message, "allocationRole"))
                    object.allocationRole = message.allocationRole;
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                return object;
            };

            Offer.prototype.toJSON = function() {
                return Offer.toObject(this, $protobuf.util.toJSONOptions);
            };

            Offer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Offer";
            };

            Offer.Operation = (function() {

                const Operation = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Operation.prototype.type = 0;
                Operation.prototype.launch = null;
                Operation.prototype.launchGroup = null;
                Operation.prototype.reserve = null;
                Operation.prototype.unreserve = null;
                Operation.prototype.create = null;
                Operation.prototype.destroy = null;

                Operation.create = function(properties) {
                    return new Operation(properties);
                };

                Operation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(8).int32(message.type);
                    if (message.launch != null && $Object.hasOwnProperty.call(message, "launch"))
                        $root.drover.v1.Offer.Operation.Launch.encode(message.launch, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.launchGroup != null && $Object.hasOwnProperty.call(message, "launchGroup"))
                        $root.drover.v1.Offer.Operation.LaunchGroup.encode(message.launchGroup, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.reserve != null && $Object.hasOwnProperty.call(message, "reserve"))
                        $root.drover.v1.Offer.Operation.Reserve.encode(message.reserve, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.unreserve != null && $Object.hasOwnProperty.call(message, "unreserve"))
                        $root.drover.v1.Offer.Operation.Unreserve.encode(message.unreserve, writer.uint32(42).fork(), _depth + 1).ldelim();
                    if (message.create != null && $Object.hasOwnProperty.call(message, "create"))
                        $root.drover.v1.Offer.Operation.Create.encode(message.create, writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.destroy != null && $Object.hasOwnProperty.call(message, "destroy"))
                        $root.drover.v1.Offer.Operation.Destroy.encode(message.destroy, writer.uint32(58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Operation.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Offer.Operation();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.launch = $root.drover.v1.Offer.Operation.Launch.decode(reader, reader.size(), $undefined, _depth + 1, message.launch);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.launchGroup = $root.drover.v1.Offer.Operation.LaunchGroup.decode(reader, reader.size(), $undefined, _depth + 1, message.launchGroup);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.reserve = $root.drover.v1.Offer.Operation.Reserve.decode(reader, reader.size(), $undefined, _depth + 1, message.reserve);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.unreserve = $root.drover.v1.Offer.Operation.Unreserve.decode(reader, reader.size(), $undefined, _depth + 1, message.unreserve);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.create = $root.drover.v1.Offer.Operation.Create.decode(reader, reader.size(), $undefined, _depth + 1, message.create);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.destroy = $root.drover.v1.Offer.Operation.Destroy.decode(reader, reader.size(), $undefined, _depth + 1, message.destroy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Operation.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Offer.Operation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Offer.Operation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Offer.Operation();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.Offer.Operation.Type[object.type] !== 0))
                        switch (object.type) {
                        case "TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "LAUNCH":
                        case 1:
                            message.type = 1;
                            break;
                        case "RESERVE":
                        case 2:
                            message.type = 2;
                            break;
                        case "UNRESERVE":
                        case 3:
                            message.type = 3;
                            break;
                        case "CREATE":
                        case 4:
                            message.type = 4;
                            break;
                        case "DESTROY":
                        case 5:
                            message.type = 5;
                            break;
                        case "LAUNCH_GROUP":
                        case 6:
                            message.type = 6;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.launch != null) {
                        if (!$util.isObject(object.launch))
                            throw $TypeError(".drover.v1.Offer.Operation.launch: object expected");
                        message.launch = $root.drover.v1.Offer.Operation.Launch.fromObject(object.launch, _depth + 1);
                    }
                    if (object.launchGroup != null) {
                        if (!$util.isObject(object.launchGroup))
                            throw $TypeError(".drover.v1.Offer.Operation.launchGroup: object expected");
                        message.launchGroup = $root.drover.v1.Offer.Operation.LaunchGroup.fromObject(object.launchGroup, _depth + 1);
                    }
                    if (object.reserve != null) {
                        if (!$util.isObject(object.reserve))
                            throw $TypeError(".drover.v1.Offer.Operation.reserve: object expected");
                        message.reserve = $root.drover.v1.Offer.Operation.Reserve.fromObject(object.reserve, _depth + 1);
                    }
                    if (object.unreserve != null) {
                        if (!$util.isObject(object.unreserve))
                            throw $TypeError(".drover.v1.Offer.Operation.unreserve: object expected");
                        message.unreserve = $root.drover.v1.Offer.Operation.Unreserve.fromObject(object.unreserve, _depth + 1);
                    }
                    if (object.create != null) {
                        if (!$util.isObject(object.create))
                            throw $TypeError(".drover.v1.Offer.Operation.create: object expected");
                        message.create = $root.drover.v1.Offer.Operation.Create.fromObject(object.create, _depth + 1);
                    }
                    if (object.destroy != null) {
                        if (!$util.isObject(object.destroy))
                            throw $TypeError(".drover.v1.Offer.Operation.destroy: object expected");
                        message.destroy = $root.drover.v1.Offer.Operation.Destroy.fromObject(object.destroy, _depth + 1);
                    }
                    return message;
                };

                Operation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                        object.launch = null;
                        object.launchGroup = null;
                        object.reserve = null;
                        object.unreserve = null;
                        object.create = null;
                        object.destroy = null;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.drover.v1.Offer.Operation.Type[message.type] === $undefined ? message.type : $root.drover.v1.Offer.Operation.Type[message.type] : message.type;
                    if (message.launch != null && $Object.hasOwnProperty.call(message, "launch"))
                        object.launch = $root.drover.v1.Offer.Operation.Launch.toObject(message.launch, options, _depth + 1);
                    if (message.launchGroup != null && $Object.hasOwnProperty.call(message, "launchGroup"))
                        object.launchGroup = $root.drover.v1.Offer.Operation.LaunchGroup.toObject(message.launchGroup, options, _depth + 1);
                    if (message.reserve != null && $Object.hasOwnProperty.call(message, "reserve"))
                        object.reserve = $root.drover.v1.Offer.Operation.Reserve.toObject(message.reserve, options, _depth + 1);
                    if (message.unreserve != null && $Object.hasOwnProperty.call(message, "unreserve"))
                        object.unreserve = $root.drover.v1.Offer.Operation.Unreserve.toObject(message.unreserve, options, _depth + 1);
                    if (message.create != null && $Object.hasOwnProperty.call(message, "create"))
                        object.create = $root.drover.v1.Offer.Operation.Create.toObject(message.create, options, _depth + 1);
                    if (message.destroy != null && $Object.hasOwnProperty.call(message, "destroy"))
                        object.destroy = $root.drover.v1.Offer.Operation.Destroy.toObject(message.destroy, options, _depth + 1);
                    return object;
                };

                Operation.prototype.toJSON = function() {
                    return Operation.toObject(this, $protobuf.util.toJSONOptions);
                };

                Operation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Offer.Operation";
                };

                Operation.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "LAUNCH"] = 1;
                    values[valuesById[2] = "RESERVE"] = 2;
                    values[valuesById[3] = "UNRESERVE"] = 3;
                    values[valuesById[4] = "CREATE"] = 4;
                    values[valuesById[5] = "DESTROY"] = 5;
                    values[valuesById[6] = "LAUNCH_GROUP"] = 6;
                    return values;
                })();

                Operation.Launch = (function() {

                    const Launch = function (properties) {
                        this.taskInfos = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Launch.prototype.taskInfos = $util.emptyArray;

                    Launch.create = function(properties) {
                        return new Launch(properties);
                    };

                    Launch.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.taskInfos != null && message.taskInfos.length)
                            for (let i = 0; i < message.taskInfos.length; ++i)
                                $root.drover.v1.TaskInfo.encode(message.taskInfos[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Launch.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.Offer.Operation.Launch();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.taskInfos && message.taskInfos.length))
                                        message.taskInfos = [];
                                    message.taskInfos.push($root.drover.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Launch.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.Offer.Operation.Launch)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.Offer.Operation.Launch: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.Offer.Operation.Launch();
                        if (object.taskInfos) {
                            if (!$Array.isArray(object.taskInfos))
                                throw $TypeError(".drover.v1.Offer.Operation.Launch.taskInfos: array expected");
                            message.taskInfos = $Array(object.taskInfos.length);
                            for (let i = 0; i < object.taskInfos.length; ++i) {
                                if (!$util.isObject(object.taskInfos[i]))
                                    throw $TypeError(".drover.v1.Offer.Operation.Launch.taskInfos: object expected");
                                message.taskInfos[i] = $root.drover.v1.TaskInfo.fromObject(object.taskInfos[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Launch.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.taskInfos = [];
                        if (message.taskInfos && message.taskInfos.length) {
                            object.taskInfos = $Array(message.taskInfos.length);
                            for (let j = 0; j < message.taskInfos.length; ++j)
                                object.taskInfos[j] = $root.drover.v1.TaskInfo.toObject(message.taskInfos[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Launch.prototype.toJSON = function() {
                        return Launch.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Launch.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.Offer.Operation.Launch";
                    };

                    return Launch;
                })();

                Operation.LaunchGroup = (function() {

                    const LaunchGroup = function (properties) {
                        this.taskGroup = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    LaunchGroup.prototype.executor = null;
                    LaunchGroup.prototype.taskGroup = $util.emptyArray;

                    LaunchGroup.create = function(properties) {
                        return new LaunchGroup(properties);
                    };

                    LaunchGroup.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                            $root.drover.v1.ExecutorInfo.encode(message.executor, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.taskGroup != null && message.taskGroup.length)
                            for (let i = 0; i < message.taskGroup.length; ++i)
                                $root.drover.v1.TaskInfo.encode(message.taskGroup[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    LaunchGroup.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.Offer.Operation.LaunchGroup();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.executor = $root.drover.v1.ExecutorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.executor);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.taskGroup && message.taskGroup.length))
                                        message.taskGroup = [];
                                    message.taskGroup.push($root.drover.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    LaunchGroup.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.Offer.Operation.LaunchGroup)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.Offer.Operation.LaunchGroup: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.Offer.Operation.LaunchGroup();
                        if (object.executor != null) {
                            if (!$util.isObject(object.executor))
                                throw $TypeError(".drover.v1.Offer.Operation.LaunchGroup.executor: object expected");
                            message.executor = $root.drover.v1.ExecutorInfo.fromObject(object.executor, _depth + 1);
                        }
                        if (object.taskGroup) {
                            if (!$Array.isArray(object.taskGroup))
                                throw $TypeError(".drover.v1.Offer.Operation.LaunchGroup.taskGroup: array expected");
                            message.taskGroup = $Array(object.taskGroup.length);
                            for (let i = 0; i < object.taskGroup.length; ++i) {
                                if (!$util.isObject(object.taskGroup[i]))
                                    throw $TypeError(".drover.v1.Offer.Operation.LaunchGroup.taskGroup: object expected");
                                message.taskGroup[i] = $root.drover.v1.TaskInfo.fromObject(object.taskGroup[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    LaunchGroup.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.taskGroup = [];
                        if (options.defaults)
                            object.executor = null;
                        if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                            object.executor = $root.drover.v1.ExecutorInfo.toObject(message.executor, options, _depth + 1);
                        if (message.taskGroup && message.taskGroup.length) {
                            object.taskGroup = $Array(message.taskGroup.length);
                            for (let j = 0; j < message.taskGroup.length; ++j)
                                object.taskGroup[j] = $root.drover.v1.TaskInfo.toObject(message.taskGroup[j], options, _depth + 1);
                        }
                        return object;
                    };

                    LaunchGroup.prototype.toJSON = function() {
                        return LaunchGroup.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    LaunchGroup.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.Offer.Operation.LaunchGroup";
                    };

                    return LaunchGroup;
                })();

                Operation.Reserve = (function() {

                    const Reserve = function (properties) {
                        this.resources = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Reserve.prototype.resources = $util.emptyArray;

                    Reserve.create = function(properties) {
                        return new Reserve(properties);
                    };

                    Reserve.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.resources != null && message.resources.length)
                            for (let i = 0; i < message.resources.length; ++i)
                                $root.drover.v1.Resource.encode(message.resources[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Reserve.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.Offer.Operation.Reserve();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.resources && message.resources.length))
                                        message.resources = [];
                                    message.resources.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Reserve.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.Offer.Operation.Reserve)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.Offer.Operation.Reserve: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.Offer.Operation.Reserve();
                        if (object.resources) {
                            if (!$Array.isArray(object.resources))
                                throw $TypeError(".drover.v1.Offer.Operation.Reserve.resources: array expected");
                            message.resources = $Array(object.resources.length);
                            for (let i = 0; i < object.resources.length; ++i) {
                                if (!$util.isObject(object.resources[i]))
                                    throw $TypeError(".drover.v1.Offer.Operation.Reserve.resources: object expected");
                                message.resources[i] = $root.drover.v1.Resource.fromObject(object.resources[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Reserve.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.resources = [];
                        if (message.resources && message.resources.length) {
                            object.resources = $Array(message.resources.length);
                            for (let j = 0; j < message.resources.length; ++j)
                                object.resources[j] = $root.drover.v1.Resource.toObject(message.resources[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Reserve.prototype.toJSON = function() {
                        return Reserve.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Reserve.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.Offer.Operation.Reserve";
                    };

                    return Reserve;
                })();

                Operation.Unreserve = (function() {

                    const Unreserve = function (properties) {
                        this.resources = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Unreserve.prototype.resources = $util.emptyArray;

                    Unreserve.create = function(properties) {
                        return new Unreserve(properties);
                    };

                    Unreserve.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.resources != null && message.resources.length)
                            for (let i = 0; i < message.resources.length; ++i)
                                $root.drover.v1.Resource.encode(message.resources[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Unreserve.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.Offer.Operation.Unreserve();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.resources && message.resources.length))
                                        message.resources = [];
                                    message.resources.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Unreserve.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.Offer.Operation.Unreserve)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.Offer.Operation.Unreserve: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.Offer.Operation.Unreserve();
                        if (object.resources) {
                            if (!$Array.isArray(object.resources))
                                throw $TypeError(".drover.v1.Offer.Operation.Unreserve.resources: array expected");
                            message.resources = $Array(object.resources.length);
                            for (let i = 0; i < object.resources.length; ++i) {
                                if (!$util.isObject(object.resources[i]))
                                    throw $TypeError(".drover.v1.Offer.Operation.Unreserve.resources: object expected");
                                message.resources[i] = $root.drover.v1.Resource.fromObject(object.resources[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Unreserve.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.resources = [];
                        if (message.resources && message.resources.length) {
                            object.resources = $Array(message.resources.length);
                            for (let j = 0; j < message.resources.length; ++j)
                                object.resources[j] = $root.drover.v1.Resource.toObject(message.resources[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Unreserve.prototype.toJSON = function() {
                        return Unreserve.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Unreserve.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.Offer.Operation.Unreserve";
                    };

                    return Unreserve;
                })();

                Operation.Create = (function() {

                    const Create = function (properties) {
                        this.volumes = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Create.prototype.volumes = $util.emptyArray;

                    Create.create = function(properties) {
                        return new Create(properties);
                    };

                    Create.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.volumes != null && message.volumes.length)
                            for (let i = 0; i < message.volumes.length; ++i)
                                $root.drover.v1.Resource.encode(message.volumes[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Create.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.Offer.Operation.Create();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.volumes && message.volumes.length))
                                        message.volumes = [];
                                    message.volumes.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Create.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.Offer.Operation.Create)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.Offer.Operation.Create: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.Offer.Operation.Create();
                        if (object.volumes) {
                            if (!$Array.isArray(object.volumes))
                                throw $TypeError(".drover.v1.Offer.Operation.Create.volumes: array expected");
                            message.volumes = $Array(object.volumes.length);
                            for (let i = 0; i < object.volumes.length; ++i) {
                                if (!$util.isObject(object.volumes[i]))
                                    throw $TypeError(".drover.v1.Offer.Operation.Create.volumes: object expected");
                                message.volumes[i] = $root.drover.v1.Resource.fromObject(object.volumes[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Create.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.volumes = [];
                        if (message.volumes && message.volumes.length) {
                            object.volumes = $Array(message.volumes.length);
                            for (let j = 0; j < message.volumes.length; ++j)
                                object.volumes[j] = $root.drover.v1.Resource.toObject(message.volumes[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Create.prototype.toJSON = function() {
                        return Create.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Create.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.Offer.Operation.Create";
                    };

                    return Create;
                })();

                Operation.Destroy = (function() {

                    const Destroy = function (properties) {
                        this.volumes = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Destroy.prototype.volumes = $util.emptyArray;

                    Destroy.create = function(properties) {
                        return new Destroy(properties);
                    };

                    Destroy.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.volumes != null && message.volumes.length)
                            for (let i = 0; i < message.volumes.length; ++i)
                                $root.drover.v1.Resource.encode(message.volumes[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Destroy.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.Offer.Operation.Destroy();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.volumes && message.volumes.length))
                                        message.volumes = [];
                                    message.volumes.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Destroy.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.Offer.Operation.Destroy)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.Offer.Operation.Destroy: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.Offer.Operation.Destroy();
                        if (object.volumes) {
                            if (!$Array.isArray(object.volumes))
                                throw $TypeError(".drover.v1.Offer.Operation.Destroy.volumes: array expected");
                            message.volumes = $Array(object.volumes.length);
                            for (let i = 0; i < object.volumes.length; ++i) {
                                if (!$util.isObject(object.volumes[i]))
                                    throw $TypeError(".drover.v1.Offer.Operation.Destroy.volumes: object expected");
                                message.volumes[i] = $root.drover.v1.Resource.fromObject(object.volumes[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Destroy.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.volumes = [];
                        if (message.volumes && message.volumes.length) {
                            object.volumes = $Array(message.volumes.length);
                            for (let j = 0; j < message.volumes.length; ++j)
                                object.volumes[j] = $root.drover.v1.Resource.toObject(message.volumes[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Destroy.prototype.toJSON = function() {
                        return Destroy.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Destroy.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.Offer.Operation.Destroy";
                    };

                    return Destroy;
                })();

                return Operation;
            })();

            return Offer;
        })();

        v1.Environment = (function() {

            const Environment = function (properties) {
                this.variables = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Environment.prototype.variables = $util.emptyArray;

            Environment.create = function(properties) {
                return new Environment(properties);
            };

            Environment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.variables != null && message.variables.length)
                    for (let i = 0; i < message.variables.length; ++i)
                        $root.drover.v1.Environment.Variable.encode(message.variables[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Environment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Environment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.variables && message.variables.length))
                                message.variables = [];
                            message.variables.push($root.drover.v1.Environment.Variable.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Environment.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Environment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Environment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Environment();
                if (object.variables) {
                    if (!$Array.isArray(object.variables))
                        throw $TypeError(".drover.v1.Environment.variables: array expected");
                    message.variables = $Array(object.variables.length);
                    for (let i = 0; i < object.variables.length; ++i) {
                        if (!$util.isObject(object.variables[i]))
                            throw $TypeError(".drover.v1.Environment.variables: object expected");
                        message.variables[i] = $root.drover.v1.Environment.Variable.fromObject(object.variables[i], _depth + 1);
                    }
                }
                return message;
            };

            Environment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.variables = [];
                if (message.variables && message.variables.length) {
                    object.variables = $Array(message.variables.length);
                    for (let j = 0; j < message.variables.length; ++j)
                        object.variables[j] = $root.drover.v1.Environment.Variable.toObject(message.variables[j], options, _depth + 1);
                }
                return object;
            };

            Environment.prototype.toJSON = function() {
                return Environment.toObject(this, $protobuf.util.toJSONOptions);
            };

            Environment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Environment";
            };

            Environment.Variable = (function() {

                const Variable = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Variable.prototype.name = "";
                Variable.prototype.value = "";
                Variable.prototype.secret = "";

                Variable.create = function(properties) {
                    return new Variable(properties);
                };

                Variable.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(10).string(message.name);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(18).string(message.value);
                    if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret !== "")
                        writer.uint32(26).string(message.secret);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Variable.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Environment.Variable();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.secret = value;
                                else
                                    delete message.secret;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Variable.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Environment.Variable)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Environment.Variable: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Environment.Variable();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.value != null)
                        if (typeof object.value !== "string" || object.value.length)
                            message.value = $String(object.value);
                    if (object.secret != null)
                        if (typeof object.secret !== "string" || object.secret.length)
                            message.secret = $String(object.secret);
                    return message;
                };

                Variable.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.value = "";
                        object.secret = "";
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                        object.secret = message.secret;
                    return object;
                };

                Variable.prototype.toJSON = function() {
                    return Variable.toObject(this, $protobuf.util.toJSONOptions);
                };

                Variable.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Environment.Variable";
                };

                return Variable;
            })();

            return Environment;
        })();

        v1.CommandInfo = (function() {

            const CommandInfo = function (properties) {
                this["arguments"] = [];
                this.uris = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CommandInfo.prototype.shell = null;
            CommandInfo.prototype.value = "";
            CommandInfo.prototype["arguments"] = $util.emptyArray;
            CommandInfo.prototype.environment = null;
            CommandInfo.prototype.user = "";
            CommandInfo.prototype.uris = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CommandInfo.prototype, "_shell", {
                get: $util.oneOfGetter($oneOfFields = ["shell"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            CommandInfo.create = function(properties) {
                return new CommandInfo(properties);
            };

            CommandInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shell != null && $Object.hasOwnProperty.call(message, "shell"))
                    writer.uint32(8).bool(message.shell);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(18).string(message.value);
                if (message["arguments"] != null && message["arguments"].length)
                    for (let i = 0; i < message["arguments"].length; ++i)
                        writer.uint32(26).string(message["arguments"][i]);
                if (message.environment != null && $Object.hasOwnProperty.call(message, "environment"))
                    $root.drover.v1.Environment.encode(message.environment, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(42).string(message.user);
                if (message.uris != null && message.uris.length)
                    for (let i = 0; i < message.uris.length; ++i)
                        $root.drover.v1.CommandInfo.URI.encode(message.uris[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CommandInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.CommandInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.shell = reader.bool();
                            message._shell = "shell";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message["arguments"] && message["arguments"].length))
                                message["arguments"] = [];
                            message["arguments"].push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.environment = $root.drover.v1.Environment.decode(reader, reader.size(), $undefined, _depth + 1, message.environment);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.uris && message.uris.length))
                                message.uris = [];
                            message.uris.push($root.drover.v1.CommandInfo.URI.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CommandInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.CommandInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.CommandInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.CommandInfo();
                if (object.shell != null)
                    message.shell = $Boolean(object.shell);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                if (object["arguments"]) {
                    if (!$Array.isArray(object["arguments"]))
                        throw $TypeError(".drover.v1.CommandInfo.arguments: array expected");
                    message["arguments"] = $Array(object["arguments"].length);
                    for (let i = 0; i < object["arguments"].length; ++i)
                        message["arguments"][i] = $String(object["arguments"][i]);
                }
                if (object.environment != null) {
                    if (!$util.isObject(object.environment))
                        throw $TypeError(".drover.v1.CommandInfo.environment: object expected");
                    message.environment = $root.drover.v1.Environment.fromObject(object.environment, _depth + 1);
                }
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                if (object.uris) {
                    if (!$Array.isArray(object.uris))
                        throw $TypeError(".drover.v1.CommandInfo.uris: array expected");
                    message.uris = $Array(object.uris.length);
                    for (let i = 0; i < object.uris.length; ++i) {
                        if (!$util.isObject(object.uris[i]))
                            throw $TypeError(".drover.v1.CommandInfo.uris: object expected");
                        message.uris[i] = $root.drover.v1.CommandInfo.URI.fromObject(object.uris[i], _depth + 1);
                    }
                }
                return message;
            };

            CommandInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object["arguments"] = [];
                    object.uris = [];
                }
                if (options.defaults) {
                    object.value = "";
                    object.environment = null;
                    object.user = "";
                }
                if (message.shell != null && $Object.hasOwnProperty.call(message, "shell"))
                    object.shell = message.shell;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message["arguments"] && message["arguments"].length) {
                    object["arguments"] = $Array(message["arguments"].length);
                    for (let j = 0; j < message["arguments"].length; ++j)
                        object["arguments"][j] = message["arguments"][j];
                }
                if (message.environment != null && $Object.hasOwnProperty.call(message, "environment"))
                    object.environment = $root.drover.v1.Environment.toObject(message.environment, options, _depth + 1);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.uris && message.uris.length) {
                    object.uris = $Array(message.uris.length);
                    for (let j = 0; j < message.uris.length; ++j)
                        object.uris[j] = $root.drover.v1.CommandInfo.URI.toObject(message.uris[j], options, _depth + 1);
                }
                return object;
            };

            CommandInfo.prototype.toJSON = function() {
                return CommandInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            CommandInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.CommandInfo";
            };

            CommandInfo.URI = (function() {

                const URI = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                URI.prototype.value = "";
                URI.prototype.executable = false;
                URI.prototype.extract = false;
                URI.prototype.cache = false;
                URI.prototype.outputFile = "";

                URI.create = function(properties) {
                    return new URI(properties);
                };

                URI.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(10).string(message.value);
                    if (message.executable != null && $Object.hasOwnProperty.call(message, "executable") && message.executable !== false)
                        writer.uint32(16).bool(message.executable);
                    if (message.extract != null && $Object.hasOwnProperty.call(message, "extract") && message.extract !== false)
                        writer.uint32(24).bool(message.extract);
                    if (message.cache != null && $Object.hasOwnProperty.call(message, "cache") && message.cache !== false)
                        writer.uint32(32).bool(message.cache);
                    if (message.outputFile != null && $Object.hasOwnProperty.call(message, "outputFile") && message.outputFile !== "")
                        writer.uint32(42).string(message.outputFile);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                URI.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.CommandInfo.URI();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.executable = value;
                                else
                                    delete message.executable;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.extract = value;
                                else
                                    delete message.extract;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.cache = value;
                                else
                                    delete message.cache;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.outputFile = value;
                                else
                                    delete message.outputFile;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                URI.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.CommandInfo.URI)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.CommandInfo.URI: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.CommandInfo.URI();
                    if (object.value != null)
                        if (typeof object.value !== "string" || object.value.length)
                            message.value = $String(object.value);
                    if (object.executable != null)
                        if (object.executable)
                            message.executable = $Boolean(object.executable);
                    if (object.extract != null)
                        if (object.extract)
                            message.extract = $Boolean(object.extract);
                    if (object.cache != null)
                        if (object.cache)
                            message.cache = $Boolean(object.cache);
                    if (object.outputFile != null)
                        if (typeof object.outputFile !== "string" || object.outputFile.length)
                            message.outputFile = $String(object.outputFile);
                    return message;
                };

                URI.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.value = "";
                        object.executable = false;
                        object.extract = false;
                        object.cache = false;
                        object.outputFile = "";
                    }
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    if (message.executable != null && $Object.hasOwnProperty.call(message, "executable"))
                        object.executable = message.executable;
                    if (message.extract != null && $Object.hasOwnProperty.call(message, "extract"))
                        object.extract = message.extract;
                    if (message.cache != null && $Object.hasOwnProperty.call(message, "cache"))
                        object.cache = message.cache;
                    if (message.outputFile != null && $Object.hasOwnProperty.call(message, "outputFile"))
                        object.outputFile = message.outputFile;
                    return object;
                };

                URI.prototype.toJSON = function() {
                    return URI.toObject(this, $protobuf.util.toJSONOptions);
                };

                URI.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.CommandInfo.URI";
                };

                return URI;
            })();

            return CommandInfo;
        })();

        v1.ContainerInfo = (function() {

            const ContainerInfo = function (properties) {
                this.volumes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerInfo.prototype.type = 0;
            ContainerInfo.prototype.docker = null;
            ContainerInfo.prototype.volumes = $util.emptyArray;
            ContainerInfo.prototype.hostname = "";

            ContainerInfo.create = function(properties) {
                return new ContainerInfo(properties);
            };

            ContainerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.docker != null && $Object.hasOwnProperty.call(message, "docker"))
                    $root.drover.v1.ContainerInfo.DockerInfo.encode(message.docker, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.volumes != null && message.volumes.length)
                    for (let i = 0; i < message.volumes.length; ++i)
                        $root.drover.v1.ContainerInfo.Volume.encode(message.volumes[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(34).string(message.hostname);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.ContainerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.docker = $root.drover.v1.ContainerInfo.DockerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.docker);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.volumes && message.volumes.length))
                                message.volumes = [];
                            message.volumes.push($root.drover.v1.ContainerInfo.Volume.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.ContainerInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.ContainerInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.ContainerInfo();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.ContainerInfo.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "MESOS":
                    case 1:
                        message.type = 1;
                        break;
                    case "DOCKER":
                    case 2:
                        message.type = 2;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.docker != null) {
                    if (!$util.isObject(object.docker))
                        throw $TypeError(".drover.v1.ContainerInfo.docker: object expected");
                    message.docker = $root.drover.v1.ContainerInfo.DockerInfo.fromObject(object.docker, _depth + 1);
                }
                if (object.volumes) {
                    if (!$Array.isArray(object.volumes))
                        throw $TypeError(".drover.v1.ContainerInfo.volumes: array expected");
                    message.volumes = $Array(object.volumes.length);
                    for (let i = 0; i < object.volumes.length; ++i) {
                        if (!$util.isObject(object.volumes[i]))
                            throw $TypeError(".drover.v1.ContainerInfo.volumes: object expected");
                        message.volumes[i] = $root.drover.v1.ContainerInfo.Volume.fromObject(object.volumes[i], _depth + 1);
                    }
                }
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                return message;
            };

            ContainerInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.volumes = [];
                if (options.defaults) {
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    object.docker = null;
                    object.hostname = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.ContainerInfo.Type[message.type] === $undefined ? message.type : $root.drover.v1.ContainerInfo.Type[message.type] : message.type;
                if (message.docker != null && $Object.hasOwnProperty.call(message, "docker"))
                    object.docker = $root.drover.v1.ContainerInfo.DockerInfo.toObject(message.docker, options, _depth + 1);
                if (message.volumes && message.volumes.length) {
                    object.volumes = $Array(message.volumes.length);
                    for (let j = 0; j < message.volumes.length; ++j)
                        object.volumes[j] = $root.drover.v1.ContainerInfo.Volume.toObject(message.volumes[j], options, _depth + 1);
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                return object;
            };

            ContainerInfo.prototype.toJSON = function() {
                return ContainerInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.ContainerInfo";
            };

            ContainerInfo.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MESOS"] = 1;
                values[valuesById[2] = "DOCKER"] = 2;
                return values;
            })();

            ContainerInfo.DockerInfo = (function() {

                const DockerInfo = function (properties) {
                    this.portMappings = [];
                    this.parameters = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DockerInfo.prototype.image = "";
                DockerInfo.prototype.network = 0;
                DockerInfo.prototype.portMappings = $util.emptyArray;
                DockerInfo.prototype.privileged = false;
                DockerInfo.prototype.forcePullImage = false;
                DockerInfo.prototype.parameters = $util.emptyArray;

                DockerInfo.create = function(properties) {
                    return new DockerInfo(properties);
                };

                DockerInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                        writer.uint32(10).string(message.image);
                    if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== 0)
                        writer.uint32(16).int32(message.network);
                    if (message.portMappings != null && message.portMappings.length)
                        for (let i = 0; i < message.portMappings.length; ++i)
                            $root.drover.v1.ContainerInfo.DockerInfo.PortMapping.encode(message.portMappings[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged") && message.privileged !== false)
                        writer.uint32(32).bool(message.privileged);
                    if (message.forcePullImage != null && $Object.hasOwnProperty.call(message, "forcePullImage") && message.forcePullImage !== false)
                        writer.uint32(40).bool(message.forcePullImage);
                    if (message.parameters != null && message.parameters.length)
                        for (let i = 0; i < message.parameters.length; ++i)
                            $root.drover.v1.Label.encode(message.parameters[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DockerInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ContainerInfo.DockerInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.image = value;
                                else
                                    delete message.image;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.network = value;
                                else
                                    delete message.network;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.portMappings && message.portMappings.length))
                                    message.portMappings = [];
                                message.portMappings.push($root.drover.v1.ContainerInfo.DockerInfo.PortMapping.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.privileged = value;
                                else
                                    delete message.privileged;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.forcePullImage = value;
                                else
                                    delete message.forcePullImage;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.parameters && message.parameters.length))
                                    message.parameters = [];
                                message.parameters.push($root.drover.v1.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DockerInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ContainerInfo.DockerInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ContainerInfo.DockerInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ContainerInfo.DockerInfo();
                    if (object.image != null)
                        if (typeof object.image !== "string" || object.image.length)
                            message.image = $String(object.image);
                    if (object.network !== 0 && (typeof object.network !== "string" || $root.drover.v1.ContainerInfo.DockerInfo.Network[object.network] !== 0))
                        switch (object.network) {
                        case "NETWORK_UNSPECIFIED":
                        case 0:
                            message.network = 0;
                            break;
                        case "HOST":
                        case 1:
                            message.network = 1;
                            break;
                        case "BRIDGE":
                        case 2:
                            message.network = 2;
                            break;
                        case "NONE":
                        case 3:
                            message.network = 3;
                            break;
                        case "USER":
                        case 4:
                            message.network = 4;
                            break;
                        default:
                            if (typeof object.network === "number" && (object.network | 0) === object.network)
                                message.network = object.network;
                        }
                    if (object.portMappings) {
                        if (!$Array.isArray(object.portMappings))
                            throw $TypeError(".drover.v1.ContainerInfo.DockerInfo.portMappings: array expected");
                        message.portMappings = $Array(object.portMappings.length);
                        for (let i = 0; i < object.portMappings.length; ++i) {
                            if (!$util.isObject(object.portMappings[i]))
                                throw $TypeError(".drover.v1.ContainerInfo.DockerInfo.portMappings: object expected");
                            message.portMappings[i] = $root.drover.v1.ContainerInfo.DockerInfo.PortMapping.fromObject(object.portMappings[i], _depth + 1);
                        }
                    }
                    if (object.privileged != null)
                        if (object.privileged)
                            message.privileged = $Boolean(object.privileged);
                    if (object.forcePullImage != null)
                        if (object.forcePullImage)
                            message.forcePullImage = $Boolean(object.forcePullImage);
                    if (object.parameters) {
                        if (!$Array.isArray(object.parameters))
                            throw $TypeError(".drover.v1.ContainerInfo.DockerInfo.parameters: array expected");
                        message.parameters = $Array(object.parameters.length);
                        for (let i = 0; i < object.parameters.length; ++i) {
                            if (!$util.isObject(object.parameters[i]))
                                throw $TypeError(".drover.v1.ContainerInfo.DockerInfo.parameters: object expected");
                            message.parameters[i] = $root.drover.v1.Label.fromObject(object.parameters[i], _depth + 1);
                        }
                    }
                    return message;
                };

                DockerInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.portMappings = [];
                        object.parameters = [];
                    }
                    if (options.defaults) {
                        object.image = "";
                        object.network = options.enums === $String ? "NETWORK_UNSPECIFIED" : 0;
                        object.privileged = false;
                        object.forcePullImage = false;
                    }
                    if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                        object.image = message.image;
                    if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                        object.network = options.enums === $String ? $root.drover.v1.ContainerInfo.DockerInfo.Network[message.network] === $undefined ? message.network : $root.drover.v1.ContainerInfo.DockerInfo.Network[message.network] : message.network;
                    if (message.portMappings && message.portMappings.length) {
                        object.portMappings = $Array(message.portMappings.length);
                        for (let j = 0; j < message.portMappings.length; ++j)
                            object.portMappings[j] = $root.drover.v1.ContainerInfo.DockerInfo.PortMapping.toObject(message.portMappings[j], options, _depth + 1);
                    }
                    if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged"))
                        object.privileged = message.privileged;
                    if (message.forcePullImage != null && $Object.hasOwnProperty.call(message, "forcePullImage"))
                        object.forcePullImage = message.forcePullImage;
                    if (message.parameters && message.parameters.length) {
                        object.parameters = $Array(message.parameters.length);
                        for (let j = 0; j < message.parameters.length; ++j)
                            object.parameters[j] = $root.drover.v1.Label.toObject(message.parameters[j], options, _depth + 1);
                    }
                    return object;
                };

                DockerInfo.prototype.toJSON = function() {
                    return DockerInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                DockerInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ContainerInfo.DockerInfo";
                };

                DockerInfo.Network = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "NETWORK_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "HOST"] = 1;
                    values[valuesById[2] = "BRIDGE"] = 2;
                    values[valuesById[3] = "NONE"] = 3;
                    values[valuesById[4] = "USER"] = 4;
                    return values;
                })();

                DockerInfo.PortMapping = (function() {

                    const PortMapping = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PortMapping.prototype.hostPort = 0;
                    PortMapping.prototype.containerPort = 0;
                    PortMapping.prototype.protocol = "";

                    PortMapping.create = function(properties) {
                        return new PortMapping(properties);
                    };

                    PortMapping.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort") && message.hostPort !== 0)
                            writer.uint32(8).uint32(message.hostPort);
                        if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort") && message.containerPort !== 0)
                            writer.uint32(16).uint32(message.containerPort);
                        if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                            writer.uint32(26).string(message.protocol);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PortMapping.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.ContainerInfo.DockerInfo.PortMapping();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.hostPort = value;
                                    else
                                        delete message.hostPort;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.containerPort = value;
                                    else
                                        delete message.containerPort;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.protocol = value;
                                    else
                                        delete message.protocol;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    PortMapping.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.ContainerInfo.DockerInfo.PortMapping)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.ContainerInfo.DockerInfo.PortMapping: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.ContainerInfo.DockerInfo.PortMapping();
                        if (object.hostPort != null)
                            if ($Number(object.hostPort) !== 0)
                                message.hostPort = object.hostPort >>> 0;
                        if (object.containerPort != null)
                            if ($Number(object.containerPort) !== 0)
                                message.containerPort = object.containerPort >>> 0;
                        if (object.protocol != null)
                            if (typeof object.protocol !== "string" || object.protocol.length)
                                message.protocol = $String(object.protocol);
                        return message;
                    };

                    PortMapping.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.hostPort = 0;
                            object.containerPort = 0;
                            object.protocol = "";
                        }
                        if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort"))
                            object.hostPort = message.hostPort;
                        if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort"))
                            object.containerPort = message.containerPort;
                        if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                            object.protocol = message.protocol;
                        return object;
                    };

                    PortMapping.prototype.toJSON = function() {
                        return PortMapping.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    PortMapping.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.ContainerInfo.DockerInfo.PortMapping";
                    };

                    return PortMapping;
                })();

                return DockerInfo;
            })();

            ContainerInfo.Volume = (function() {

                const Volume = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Volume.prototype.containerPath = "";
                Volume.prototype.hostPath = "";
                Volume.prototype.mode = "";

                Volume.create = function(properties) {
                    return new Volume(properties);
                };

                Volume.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath") && message.containerPath !== "")
                        writer.uint32(10).string(message.containerPath);
                    if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath") && message.hostPath !== "")
                        writer.uint32(18).string(message.hostPath);
                    if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                        writer.uint32(26).string(message.mode);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Volume.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ContainerInfo.Volume();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.containerPath = value;
                                else
                                    delete message.containerPath;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostPath = value;
                                else
                                    delete message.hostPath;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.mode = value;
                                else
                                    delete message.mode;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Volume.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ContainerInfo.Volume)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ContainerInfo.Volume: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ContainerInfo.Volume();
                    if (object.containerPath != null)
                        if (typeof object.containerPath !== "string" || object.containerPath.length)
                            message.containerPath = $String(object.containerPath);
                    if (object.hostPath != null)
                        if (typeof object.hostPath !== "string" || object.hostPath.length)
                            message.hostPath = $String(object.hostPath);
                    if (object.mode != null)
                        if (typeof object.mode !== "string" || object.mode.length)
                            message.mode = $String(object.mode);
                    return message;
                };

                Volume.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.containerPath = "";
                        object.hostPath = "";
                        object.mode = "";
                    }
                    if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath"))
                        object.containerPath = message.containerPath;
                    if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath"))
                        object.hostPath = message.hostPath;
                    if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                        object.mode = message.mode;
                    return object;
                };

                Volume.prototype.toJSON = function() {
                    return Volume.toObject(this, $protobuf.util.toJSONOptions);
                };

                Volume.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ContainerInfo.Volume";
                };

                return Volume;
            })();

            return ContainerInfo;
        })();

        v1.HealthCheck = (function() {

            const HealthCheck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HealthCheck.prototype.type = 0;
            HealthCheck.prototype.command = null;
            HealthCheck.prototype.http = null;
            HealthCheck.prototype.tcp = null;
            HealthCheck.prototype.delaySeconds = null;
            HealthCheck.prototype.intervalSeconds = null;
            HealthCheck.prototype.timeoutSeconds = null;
            HealthCheck.prototype.consecutiveFailures = null;
            HealthCheck.prototype.gracePeriodSeconds = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthCheck.prototype, "_delaySeconds", {
                get: $util.oneOfGetter($oneOfFields = ["delaySeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthCheck.prototype, "_intervalSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["intervalSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthCheck.prototype, "_timeoutSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["timeoutSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthCheck.prototype, "_consecutiveFailures", {
                get: $util.oneOfGetter($oneOfFields = ["consecutiveFailures"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HealthCheck.prototype, "_gracePeriodSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["gracePeriodSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            HealthCheck.create = function(properties) {
                return new HealthCheck(properties);
            };

            HealthCheck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.drover.v1.CommandInfo.encode(message.command, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.http != null && $Object.hasOwnProperty.call(message, "http"))
                    $root.drover.v1.HealthCheck.HTTPCheckInfo.encode(message.http, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.tcp != null && $Object.hasOwnProperty.call(message, "tcp"))
                    $root.drover.v1.HealthCheck.TCPCheckInfo.encode(message.tcp, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.delaySeconds != null && $Object.hasOwnProperty.call(message, "delaySeconds"))
                    writer.uint32(41).double(message.delaySeconds);
                if (message.intervalSeconds != null && $Object.hasOwnProperty.call(message, "intervalSeconds"))
                    writer.uint32(49).double(message.intervalSeconds);
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    writer.uint32(57).double(message.timeoutSeconds);
                if (message.consecutiveFailures != null && $Object.hasOwnProperty.call(message, "consecutiveFailures"))
                    writer.uint32(64).uint32(message.consecutiveFailures);
                if (message.gracePeriodSeconds != null && $Object.hasOwnProperty.call(message, "gracePeriodSeconds"))
                    writer.uint32(73).double(message.gracePeriodSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HealthCheck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.HealthCheck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.drover.v1.CommandInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.http = $root.drover.v1.HealthCheck.HTTPCheckInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.http);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.tcp = $root.drover.v1.HealthCheck.TCPCheckInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.tcp);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.delaySeconds = reader.double();
                            message._delaySeconds = "delaySeconds";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.intervalSeconds = reader.double();
                            message._intervalSeconds = "intervalSeconds";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            message.timeoutSeconds = reader.double();
                            message._timeoutSeconds = "timeoutSeconds";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.consecutiveFailures = reader.uint32();
                            message._consecutiveFailures = "consecutiveFailures";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            message.gracePeriodSeconds = reader.double();
                            message._gracePeriodSeconds = "gracePeriodSeconds";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HealthCheck.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.HealthCheck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.HealthCheck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.HealthCheck();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.HealthCheck.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "COMMAND":
                    case 1:
                        message.type = 1;
                        break;
                    case "HTTP":
                    case 2:
                        message.type = 2;
                        break;
                    case "TCP":
                    case 3:
                        message.type = 3;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.command != null) {
                    if (!$util.isObject(object.command))
                        throw $TypeError(".drover.v1.HealthCheck.command: object expected");
                    message.command = $root.drover.v1.CommandInfo.fromObject(object.command, _depth + 1);
                }
                if (object.http != null) {
                    if (!$util.isObject(object.http))
                        throw $TypeError(".drover.v1.HealthCheck.http: object expected");
                    message.http = $root.drover.v1.HealthCheck.HTTPCheckInfo.fromObject(object.http, _depth + 1);
                }
                if (object.tcp != null) {
                    if (!$util.isObject(object.tcp))
                        throw $TypeError(".drover.v1.HealthCheck.tcp: object expected");
                    message.tcp = $root.drover.v1.HealthCheck.TCPCheckInfo.fromObject(object.tcp, _depth + 1);
                }
                if (object.delaySeconds != null)
                    message.delaySeconds = $Number(object.delaySeconds);
                if (object.intervalSeconds != null)
                    message.intervalSeconds = $Number(object.intervalSeconds);
                if (object.timeoutSeconds != null)
                    message.timeoutSeconds = $Number(object.timeoutSeconds);
                if (object.consecutiveFailures != null)
                    message.consecutiveFailures = object.consecutiveFailures >>> 0;
                if (object.gracePeriodSeconds != null)
                    message.gracePeriodSeconds = $Number(object.gracePeriodSeconds);
                return message;
            };

            HealthCheck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    object.command = null;
                    object.http = null;
                    object.tcp = null;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.HealthCheck.Type[message.type] === $undefined ? message.type : $root.drover.v1.HealthCheck.Type[message.type] : message.type;
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = $root.drover.v1.CommandInfo.toObject(message.command, options, _depth + 1);
                if (message.http != null && $Object.hasOwnProperty.call(message, "http"))
                    object.http = $root.drover.v1.HealthCheck.HTTPCheckInfo.toObject(message.http, options, _depth + 1);
                if (message.tcp != null && $Object.hasOwnProperty.call(message, "tcp"))
                    object.tcp = $root.drover.v1.HealthCheck.TCPCheckInfo.toObject(message.tcp, options, _depth + 1);
                if (message.delaySeconds != null && $Object.hasOwnProperty.call(message, "delaySeconds"))
                    object.delaySeconds = options.json && !$isFinite(message.delaySeconds) ? $String(message.delaySeconds) : message.delaySeconds;
                if (message.intervalSeconds != null && $Object.hasOwnProperty.call(message, "intervalSeconds"))
                    object.intervalSeconds = options.json && !$isFinite(message.intervalSeconds) ? $String(message.intervalSeconds) : message.intervalSeconds;
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    object.timeoutSeconds = options.json && !$isFinite(message.timeoutSeconds) ? $String(message.timeoutSeconds) : message.timeoutSeconds;
                if (message.consecutiveFailures != null && $Object.hasOwnProperty.call(message, "consecutiveFailures"))
                    object.consecutiveFailures = message.consecutiveFailures;
                if (message.gracePeriodSeconds != null && $Object.hasOwnProperty.call(message, "gracePeriodSeconds"))
                    object.gracePeriodSeconds = options.json && !$isFinite(message.gracePeriodSeconds) ? $String(message.gracePeriodSeconds) : message.gracePeriodSeconds;
                return object;
            };

            HealthCheck.prototype.toJSON = function() {
                return HealthCheck.toObject(this, $protobuf.util.toJSONOptions);
            };

            HealthCheck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.HealthCheck";
            };

            HealthCheck.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "COMMAND"] = 1;
                values[valuesById[2] = "HTTP"] = 2;
                values[valuesById[3] = "TCP"] = 3;
                return values;
            })();

            HealthCheck.HTTPCheckInfo = (function() {

                const HTTPCheckInfo = function (properties) {
                    this.statuses = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                HTTPCheckInfo.prototype.scheme = "";
                HTTPCheckInfo.prototype.port = 0;
                HTTPCheckInfo.prototype.path = "";
                HTTPCheckInfo.prototype.statuses = $util.emptyArray;

                HTTPCheckInfo.create = function(properties) {
                    return new HTTPCheckInfo(properties);
                };

                HTTPCheckInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== "")
                        writer.uint32(10).string(message.scheme);
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(16).uint32(message.port);
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                        writer.uint32(26).string(message.path);
                    if (message.statuses != null && message.statuses.length)
                        writer.uint32(34).uint32s(message.statuses);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                HTTPCheckInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.HealthCheck.HTTPCheckInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.scheme = value;
                                else
                                    delete message.scheme;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.path = value;
                                else
                                    delete message.path;
                                continue;
                            }
                        case 4: {
                                if (wireType === 2) {
                                    if (!(message.statuses && message.statuses.length))
                                        message.statuses = [];
                                    reader.uint32s(message.statuses);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.statuses && message.statuses.length))
                                    message.statuses = [];
                                message.statuses.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                HTTPCheckInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.HealthCheck.HTTPCheckInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.HealthCheck.HTTPCheckInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.HealthCheck.HTTPCheckInfo();
                    if (object.scheme != null)
                        if (typeof object.scheme !== "string" || object.scheme.length)
                            message.scheme = $String(object.scheme);
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    if (object.path != null)
                        if (typeof object.path !== "string" || object.path.length)
                            message.path = $String(object.path);
                    if (object.statuses) {
                        if (!$Array.isArray(object.statuses))
                            throw $TypeError(".drover.v1.HealthCheck.HTTPCheckInfo.statuses: array expected");
                        message.statuses = $Array(object.statuses.length);
                        for (let i = 0; i < object.statuses.length; ++i)
                            message.statuses[i] = object.statuses[i] >>> 0;
                    }
                    return message;
                };

                HTTPCheckInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.statuses = [];
                    if (options.defaults) {
                        object.scheme = "";
                        object.port = 0;
                        object.path = "";
                    }
                    if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                        object.scheme = message.scheme;
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                        object.path = message.path;
                    if (message.statuses && message.statuses.length) {
                        object.statuses = $Array(message.statuses.length);
                        for (let j = 0; j < message.statuses.length; ++j)
                            object.statuses[j] = message.statuses[j];
                    }
                    return object;
                };

                HTTPCheckInfo.prototype.toJSON = function() {
                    return HTTPCheckInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                HTTPCheckInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.HealthCheck.HTTPCheckInfo";
                };

                return HTTPCheckInfo;
            })();

            HealthCheck.TCPCheckInfo = (function() {

                const TCPCheckInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TCPCheckInfo.prototype.port = 0;

                TCPCheckInfo.create = function(properties) {
                    return new TCPCheckInfo(properties);
                };

                TCPCheckInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(8).uint32(message.port);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TCPCheckInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.HealthCheck.TCPCheckInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                TCPCheckInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.HealthCheck.TCPCheckInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.HealthCheck.TCPCheckInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.HealthCheck.TCPCheckInfo();
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    return message;
                };

                TCPCheckInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.port = 0;
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    return object;
                };

                TCPCheckInfo.prototype.toJSON = function() {
                    return TCPCheckInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                TCPCheckInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.HealthCheck.TCPCheckInfo";
                };

                return TCPCheckInfo;
            })();

            return HealthCheck;
        })();

        v1.KillPolicy = (function() {

            const KillPolicy = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KillPolicy.prototype.gracePeriodSeconds = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(KillPolicy.prototype, "_gracePeriodSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["gracePeriodSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            KillPolicy.create = function(properties) {
                return new KillPolicy(properties);
            };

            KillPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gracePeriodSeconds != null && $Object.hasOwnProperty.call(message, "gracePeriodSeconds"))
                    writer.uint32(9).double(message.gracePeriodSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KillPolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.KillPolicy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            message.gracePeriodSeconds = reader.double();
                            message._gracePeriodSeconds = "gracePeriodSeconds";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            KillPolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.KillPolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.KillPolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.KillPolicy();
                if (object.gracePeriodSeconds != null)
                    message.gracePeriodSeconds = $Number(object.gracePeriodSeconds);
                return message;
            };

            KillPolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.gracePeriodSeconds != null && $Object.hasOwnProperty.call(message, "gracePeriodSeconds"))
                    object.gracePeriodSeconds = options.json && !$isFinite(message.gracePeriodSeconds) ? $String(message.gracePeriodSeconds) : message.gracePeriodSeconds;
                return object;
            };

            KillPolicy.prototype.toJSON = function() {
                return KillPolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            KillPolicy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.KillPolicy";
            };

            return KillPolicy;
        })();

        v1.ExecutorInfo = (function() {

            const ExecutorInfo = function (properties) {
                this.resources = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecutorInfo.prototype.executorId = null;
            ExecutorInfo.prototype.frameworkId = null;
            ExecutorInfo.prototype.command = null;
            ExecutorInfo.prototype.container = null;
            ExecutorInfo.prototype.resources = $util.emptyArray;
            ExecutorInfo.prototype.name = "";

            ExecutorInfo.create = function(properties) {
                return new ExecutorInfo(properties);
            };

            ExecutorInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    $root.drover.v1.ExecutorID.encode(message.executorId, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.drover.v1.CommandInfo.encode(message.command, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    $root.drover.v1.ContainerInfo.encode(message.container, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.drover.v1.Resource.encode(message.resources[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(50).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecutorInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.ExecutorInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.executorId = $root.drover.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.drover.v1.CommandInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.container = $root.drover.v1.ContainerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecutorInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.ExecutorInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.ExecutorInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.ExecutorInfo();
                if (object.executorId != null) {
                    if (!$util.isObject(object.executorId))
                        throw $TypeError(".drover.v1.ExecutorInfo.executorId: object expected");
                    message.executorId = $root.drover.v1.ExecutorID.fromObject(object.executorId, _depth + 1);
                }
                if (object.frameworkId != null) {
                    if (!$util.isObject(object.frameworkId))
                        throw $TypeError(".drover.v1.ExecutorInfo.frameworkId: object expected");
                    message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                }
                if (object.command != null) {
                    if (!$util.isObject(object.command))
                        throw $TypeError(".drover.v1.ExecutorInfo.command: object expected");
                    message.command = $root.drover.v1.CommandInfo.fromObject(object.command, _depth + 1);
                }
                if (object.container != null) {
                    if (!$util.isObject(object.container))
                        throw $TypeError(".drover.v1.ExecutorInfo.container: object expected");
                    message.container = $root.drover.v1.ContainerInfo.fromObject(object.container, _depth + 1);
                }
                if (object.resources) {
                    if (!$Array.isArray(object.resources))
                        throw $TypeError(".drover.v1.ExecutorInfo.resources: array expected");
                    message.resources = $Array(object.resources.length);
                    for (let i = 0; i < object.resources.length; ++i) {
                        if (!$util.isObject(object.resources[i]))
                            throw $TypeError(".drover.v1.ExecutorInfo.resources: object expected");
                        message.resources[i] = $root.drover.v1.Resource.fromObject(object.resources[i], _depth + 1);
                    }
                }
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            ExecutorInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.resources = [];
                if (options.defaults) {
                    object.executorId = null;
                    object.frameworkId = null;
                    object.command = null;
                    object.container = null;
                    object.name = "";
                }
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    object.executorId = $root.drover.v1.ExecutorID.toObject(message.executorId, options, _depth + 1);
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = $root.drover.v1.CommandInfo.toObject(message.command, options, _depth + 1);
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    object.container = $root.drover.v1.ContainerInfo.toObject(message.container, options, _depth + 1);
                if (message.resources && message.resources.length) {
                    object.resources = $Array(message.resources.length);
                    for (let j = 0; j < message.resources.length; ++j)
                        object.resources[j] = $root.drover.v1.Resource.toObject(message.resources[j], options, _depth + 1);
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            ExecutorInfo.prototype.toJSON = function() {
                return ExecutorInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecutorInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.ExecutorInfo";
            };

            return ExecutorInfo;
        })();

        v1.TaskInfo = (function() {

            const TaskInfo = function (properties) {
                this.resources = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskInfo.prototype.name = "";
            TaskInfo.prototype.taskId = null;
            TaskInfo.prototype.agentId = null;
            TaskInfo.prototype.resources = $util.emptyArray;
            TaskInfo.prototype.command = null;
            TaskInfo.prototype.container = null;
            TaskInfo.prototype.healthCheck = null;
            TaskInfo.prototype.killPolicy = null;
            TaskInfo.prototype.labels = null;
            TaskInfo.prototype.executor = null;
            TaskInfo.prototype.data = $util.newBuffer([]);
            TaskInfo.prototype.maxCompletionTime = 0;

            TaskInfo.create = function(properties) {
                return new TaskInfo(properties);
            };

            TaskInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    $root.drover.v1.TaskID.encode(message.taskId, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.drover.v1.Resource.encode(message.resources[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.drover.v1.CommandInfo.encode(message.command, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    $root.drover.v1.ContainerInfo.encode(message.container, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.healthCheck != null && $Object.hasOwnProperty.call(message, "healthCheck"))
                    $root.drover.v1.HealthCheck.encode(message.healthCheck, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.killPolicy != null && $Object.hasOwnProperty.call(message, "killPolicy"))
                    $root.drover.v1.KillPolicy.encode(message.killPolicy, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.drover.v1.Labels.encode(message.labels, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                    $root.drover.v1.ExecutorInfo.encode(message.executor, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(90).bytes(message.data);
                if (message.maxCompletionTime != null && $Object.hasOwnProperty.call(message, "maxCompletionTime") && !$Object.is(message.maxCompletionTime, 0))
                    writer.uint32(97).double(message.maxCompletionTime);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.TaskInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.taskId = $root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.drover.v1.CommandInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.container = $root.drover.v1.ContainerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.healthCheck = $root.drover.v1.HealthCheck.decode(reader, reader.size(), $undefined, _depth + 1, message.healthCheck);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.killPolicy = $root.drover.v1.KillPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.killPolicy);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.labels = $root.drover.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.executor = $root.drover.v1.ExecutorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.executor);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxCompletionTime = value;
                            else
                                delete message.maxCompletionTime;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TaskInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.TaskInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.TaskInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.TaskInfo();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.taskId != null) {
                    if (!$util.isObject(object.taskId))
                        throw $TypeError(".drover.v1.TaskInfo.taskId: object expected");
                    message.taskId = $root.drover.v1.TaskID.fromObject(object.taskId, _depth + 1);
                }
                if (object.agentId != null) {
                    if (!$util.isObject(object.agentId))
                        throw $TypeError(".drover.v1.TaskInfo.agentId: object expected");
                    message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                }
                if (object.resources) {
                    if (!$Array.isArray(object.resources))
                        throw $TypeError(".drover.v1.TaskInfo.resources: array expected");
                    message.resources = $Array(object.resources.length);
                    for (let i = 0; i < object.resources.length; ++i) {
                        if (!$util.isObject(object.resources[i]))
                            throw $TypeError(".drover.v1.TaskInfo.resources: object expected");
                        message.resources[i] = $root.drover.v1.Resource.fromObject(object.resources[i], _depth + 1);
                    }
                }
                if (object.command != null) {
                    if (!$util.isObject(object.command))
                        throw $TypeError(".drover.v1.TaskInfo.command: object expected");
                    message.command = $root.drover.v1.CommandInfo.fromObject(object.command, _depth + 1);
                }
                if (object.container != null) {
                    if (!$util.isObject(object.container))
                        throw $TypeError(".drover.v1.TaskInfo.container: object expected");
                    message.container = $root.drover.v1.ContainerInfo.fromObject(object.container, _depth + 1);
                }
                if (object.healthCheck != null) {
                    if (!$util.isObject(object.healthCheck))
                        throw $TypeError(".drover.v1.TaskInfo.healthCheck: object expected");
                    message.healthCheck = $root.drover.v1.HealthCheck.fromObject(object.healthCheck, _depth + 1);
                }
                if (object.killPolicy != null) {
                    if (!$util.isObject(object.killPolicy))
                        throw $TypeError(".drover.v1.TaskInfo.killPolicy: object expected");
                    message.killPolicy = $root.drover.v1.KillPolicy.fromObject(object.killPolicy, _depth + 1);
                }
                if (object.labels != null) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".drover.v1.TaskInfo.labels: object expected");
                    message.labels = $root.drover.v1.Labels.fromObject(object.labels, _depth + 1);
                }
                if (object.executor != null) {
                    if (!$util.isObject(object.executor))
                        throw $TypeError(".drover.v1.TaskInfo.executor: object expected");
                    message.executor = $root.drover.v1.ExecutorInfo.fromObject(object.executor, _depth + 1);
                }
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.maxCompletionTime != null)
                    if (!$Object.is($Number(object.maxCompletionTime), 0))
                        message.maxCompletionTime = $Number(object.maxCompletionTime);
                return message;
            };

            TaskInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.resources = [];
                if (options.defaults) {
                    object.name = "";
                    object.taskId = null;
                    object.agentId = null;
                    object.command = null;
                    object.container = null;
                    object.healthCheck = null;
                    object.killPolicy = null;
                    object.labels = null;
                    object.executor = null;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.maxCompletionTime = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = $root.drover.v1.TaskID.toObject(message.taskId, options, _depth + 1);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                if (message.resources && message.resources.length) {
                    object.resources = $Array(message.resources.length);
                    for (let j = 0; j < message.resources.length; ++j)
                        object.resources[j] = $root.drover.v1.Resource.toObject(message.resources[j], options, _depth + 1);
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = $root.drover.v1.CommandInfo.toObject(message.command, options, _depth + 1);
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    object.container = $root.drover.v1.ContainerInfo.toObject(message.container, options, _depth + 1);
                if (message.healthCheck != null && $Object.hasOwnProperty.call(message, "healthCheck"))
                    object.healthCheck = $root.drover.v1.HealthCheck.toObject(message.healthCheck, options, _depth + 1);
                if (message.killPolicy != null && $Object.hasOwnProperty.call(message, "killPolicy"))
                    object.killPolicy = $root.drover.v1.KillPolicy.toObject(message.killPolicy, options, _depth + 1);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    object.labels = $root.drover.v1.Labels.toObject(message.labels, options, _depth + 1);
                if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                    object.executor = $root.drover.v1.ExecutorInfo.toObject(message.executor, options, _depth + 1);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.maxCompletionTime != null && $Object.hasOwnProperty.call(message, "maxCompletionTime"))
                    object.maxCompletionTime = options.json && !$isFinite(message.maxCompletionTime) ? $String(message.maxCompletionTime) : message.maxCompletionTime;
                return object;
            };

            TaskInfo.prototype.toJSON = function() {
                return TaskInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            TaskInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.TaskInfo";
            };

            return TaskInfo;
        })();

        v1.TaskState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TASK_STAGING"] = 1;
            values[valuesById[2] = "TASK_STARTING"] = 2;
            values[valuesById[3] = "TASK_RUNNING"] = 3;
            values[valuesById[4] = "TASK_KILLING"] = 4;
            values[valuesById[5] = "TASK_FINISHED"] = 5;
            values[valuesById[6] = "TASK_FAILED"] = 6;
            values[valuesById[7] = "TASK_KILLED"] = 7;
            values[valuesById[8] = "TASK_ERROR"] = 8;
            values[valuesById[9] = "TASK_LOST"] = 9;
            values[valuesById[10] = "TASK_DROPPED"] = 10;
            values[valuesById[11] = "TASK_UNREACHABLE"] = 11;
            values[valuesById[12] = "TASK_GONE"] = 12;
            values[valuesById[13] = "TASK_GONE_BY_OPERATOR"] = 13;
            values[valuesById[14] = "TASK_UNKNOWN"] = 14;
            return values;
        })();

        v1.TaskStatus = (function() {

            const TaskStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskStatus.prototype.taskId = null;
            TaskStatus.prototype.state = 0;
            TaskStatus.prototype.message = "";
            TaskStatus.prototype.source = 0;
            TaskStatus.prototype.reason = 0;
            TaskStatus.prototype.uuid = $util.newBuffer([]);
            TaskStatus.prototype.healthy = null;
            TaskStatus.prototype.agentId = null;
            TaskStatus.prototype.executorId = null;
            TaskStatus.prototype.timestamp = 0;
            TaskStatus.prototype.labels = null;
            TaskStatus.prototype.data = $util.newBuffer([]);
            TaskStatus.prototype.exitCode = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TaskStatus.prototype, "_healthy", {
                get: $util.oneOfGetter($oneOfFields = ["healthy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TaskStatus.prototype, "_exitCode", {
                get: $util.oneOfGetter($oneOfFields = ["exitCode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            TaskStatus.create = function(properties) {
                return new TaskStatus(properties);
            };

            TaskStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    $root.drover.v1.TaskID.encode(message.taskId, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(16).int32(message.state);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(26).string(message.message);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                    writer.uint32(32).int32(message.source);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(40).int32(message.reason);
                if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid.length)
                    writer.uint32(50).bytes(message.uuid);
                if (message.healthy != null && $Object.hasOwnProperty.call(message, "healthy"))
                    writer.uint32(56).bool(message.healthy);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    $root.drover.v1.ExecutorID.encode(message.executorId, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && !$Object.is(message.timestamp, 0))
                    writer.uint32(81).double(message.timestamp);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.drover.v1.Labels.encode(message.labels, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(98).bytes(message.data);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    writer.uint32(104).int32(message.exitCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.TaskStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.taskId = $root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.uuid = value;
                            else
                                delete message.uuid;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.healthy = reader.bool();
                            message._healthy = "healthy";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.executorId = $root.drover.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.labels = $root.drover.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            message.exitCode = reader.int32();
                            message._exitCode = "exitCode";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TaskStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.TaskStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.TaskStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.TaskStatus();
                if (object.taskId != null) {
                    if (!$util.isObject(object.taskId))
                        throw $TypeError(".drover.v1.TaskStatus.taskId: object expected");
                    message.taskId = $root.drover.v1.TaskID.fromObject(object.taskId, _depth + 1);
                }
                if (object.state !== 0 && (typeof object.state !== "string" || $root.drover.v1.TaskState[object.state] !== 0))
                    switch (object.state) {
                    case "TASK_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "TASK_STAGING":
                    case 1:
                        message.state = 1;
                        break;
                    case "TASK_STARTING":
                    case 2:
                        message.state = 2;
                        break;
                    case "TASK_RUNNING":
                    case 3:
                        message.state = 3;
                        break;
                    case "TASK_KILLING":
                    case 4:
                        message.state = 4;
                        break;
                    case "TASK_FINISHED":
                    case 5:
                        message.state = 5;
                        break;
                    case "TASK_FAILED":
                    case 6:
                        message.state = 6;
                        break;
                    case "TASK_KILLED":
                    case 7:
                        message.state = 7;
                        break;
                    case "TASK_ERROR":
                    case 8:
                        message.state = 8;
                        break;
                    case "TASK_LOST":
                    case 9:
                        message.state = 9;
                        break;
                    case "TASK_DROPPED":
                    case 10:
                        message.state = 10;
                        break;
                    case "TASK_UNREACHABLE":
                    case 11:
                        message.state = 11;
                        break;
                    case "TASK_GONE":
                    case 12:
                        message.state = 12;
                        break;
                    case "TASK_GONE_BY_OPERATOR":
                    case 13:
                        message.state = 13;
                        break;
                    case "TASK_UNKNOWN":
                    case 14:
                        message.state = 14;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.source !== 0 && (typeof object.source !== "string" || $root.drover.v1.TaskStatus.Source[object.source] !== 0))
                    switch (object.source) {
                    case "SOURCE_UNSPECIFIED":
                    case 0:
                        message.source = 0;
                        break;
                    case "SOURCE_MASTER":
                    case 1:
                        message.source = 1;
                        break;
                    case "SOURCE_AGENT":
                    case 2:
                        message.source = 2;
                        break;
                    case "SOURCE_EXECUTOR":
                    case 3:
                        message.source = 3;
                        break;
                    default:
                        if (typeof object.source === "number" && (object.source | 0) === object.source)
                            message.source = object.source;
                    }
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.drover.v1.TaskStatus.Reason[object.reason] !== 0))
                    switch (object.reason) {
                    case "REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "REASON_COMMAND_EXECUTOR_FAILED":
                    case 1:
                        message.reason = 1;
                        break;
                    case "REASON_CONTAINER_LAUNCH_FAILED":
                    case 2:
                        message.reason = 2;
                        break;
                    case "REASON_CONTAINER_LIMITATION":
                    case 3:
                        message.reason = 3;
                        break;
                    case "REASON_CONTAINER_LIMITATION_DISK":
                    case 4:
                        message.reason = 4;
                        break;
                    case "REASON_CONTAINER_LIMITATION_MEMORY":
                    case 5:
                        message.reason = 5;
                        break;
                    case "REASON_CONTAINER_PREEMPTED":
                    case 6:
                        message.reason = 6;
                        break;
                    case "REASON_CONTAINER_UPDATE_FAILED":
                    case 7:
                        message.reason = 7;
                        break;
                    case "REASON_EXECUTOR_REGISTRATION_TIMEOUT":
                    case 8:
                        message.reason = 8;
                        break;
                    case "REASON_EXECUTOR_REREGISTRATION_TIMEOUT":
                    case 9:
                        message.reason = 9;
                        break;
                    case "REASON_EXECUTOR_TERMINATED":
                    case 10:
                        message.reason = 10;
                        break;
                    case "REASON_EXECUTOR_UNREGISTERED":
                    case 11:
                        message.reason = 11;
                        break;
                    case "REASON_FRAMEWORK_REMOVED":
                    case 12:
                        message.reason = 12;
                        break;
                    case "REASON_GC_ERROR":
                    case 13:
                        message.reason = 13;
                        break;
                    case "REASON_INVALID_FRAMEWORKID":
                    case 14:
                        message.reason = 14;
                        break;
                    case "REASON_INVALID_OFFERS":
                    case 15:
                        message.reason = 15;
                        break;
                    case "REASON_IO_SWITCHBOARD_EXITED":
                    case 16:
                        message.reason = 16;
                        break;
                    case "REASON_MASTER_DISCONNECTED":
                    case 17:
                        message.reason = 17;
                        break;
                    case "REASON_RECONCILIATION":
                    case 18:
                        message.reason = 18;
                        break;
                    case "REASON_RESOURCES_UNKNOWN":
                    case 19:
                        message.reason = 19;
                        break;
                    case "REASON_AGENT_DISCONNECTED":
                    case 20:
                        message.reason = 20;
                        break;
                    case "REASON_AGENT_REMOVED":
                    case 21:
                        message.reason = 21;
                        break;
                    case "REASON_AGENT_REMOVED_BY_OPERATOR":
                    case 22:
                        message.reason = 22;
                        break;
                    case "REASON_AGENT_REREGISTERED":
                    case 23:
                        message.reason = 23;
                        break;
                    case "REASON_AGENT_RESTARTED":
                    case 24:
                        message.reason = 24;
                        break;
                    case "REASON_AGENT_UNKNOWN":
                    case 25:
                        message.reason = 25;
                        break;
                    case "REASON_TASK_CHECK_STATUS_UPDATED":
                    case 26:
                        message.reason = 26;
                        break;
                    case "REASON_TASK_HEALTH_CHECK_STATUS_UPDATED":
                    case 27:
                        message.reason = 27;
                        break;
                    case "REASON_TASK_GROUP_INVALID":
                    case 28:
                        message.reason = 28;
                        break;
                    case "REASON_TASK_GROUP_UNAUTHORIZED":
                    case 29:
                        message.reason = 29;
                        break;
                    case "REASON_TASK_INVALID":
                    case 30:
                        message.reason = 30;
                        break;
                    case "REASON_TASK_UNAUTHORIZED":
                    case 31:
                        message.reason = 31;
                        break;
                    case "REASON_TASK_UNKNOWN":
                    case 32:
                        message.reason = 32;
                        break;
                    case "REASON_TASK_KILLED_DURING_LAUNCH":
                    case 33:
                        message.reason = 33;
                        break;
                    case "REASON_MAX_COMPLETION_TIME_REACHED":
                    case 34:
                        message.reason = 34;
                        break;
                    case "REASON_CONTAINER_LIMITATION_PIDS":
                    case 35:
                        message.reason = 35;
                        break;
                    case "REASON_FRAMEWORK_TORN_DOWN":
                    case 36:
                        message.reason = 36;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.uuid != null)
                    if (object.uuid.length)
                        if (typeof object.uuid === "string")
                            $util.base64.decode(object.uuid, message.uuid = $util.newBuffer($util.base64.length(object.uuid)), 0);
                        else if (object.uuid.length >= 0)
                            message.uuid = object.uuid;
                if (object.healthy != null)
                    message.healthy = $Boolean(object.healthy);
                if (object.agentId != null) {
                    if (!$util.isObject(object.agentId))
                        throw $TypeError(".drover.v1.TaskStatus.agentId: object expected");
                    message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                }
                if (object.executorId != null) {
                    if (!$util.isObject(object.executorId))
                        throw $TypeError(".drover.v1.TaskStatus.executorId: object expected");
                    message.executorId = $root.drover.v1.ExecutorID.fromObject(object.executorId, _depth + 1);
                }
                if (object.timestamp != null)
                    if (!$Object.is($Number(object.timestamp), 0))
                        message.timestamp = $Number(object.timestamp);
                if (object.labels != null) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".drover.v1.TaskStatus.labels: object expected");
                    message.labels = $root.drover.v1.Labels.fromObject(object.labels, _depth + 1);
                }
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.exitCode != null)
                    message.exitCode = object.exitCode | 0;
                return message;
            };

            TaskStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = null;
                    object.state = options.enums === $String ? "TASK_STATE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.source = options.enums === $String ? "SOURCE_UNSPECIFIED" : 0;
                    object.reason = options.enums === $String ? "REASON_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.uuid = "";
                    else {
                        object.uuid = [];
                        if (options.bytes !== $Array)
                            object.uuid = $util.newBuffer(object.uuid);
                    }
                    object.agentId = null;
                    object.executorId = null;
                    object.timestamp = 0;
                    object.labels = null;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = $root.drover.v1.TaskID.toObject(message.taskId, options, _depth + 1);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.drover.v1.TaskState[message.state] === $undefined ? message.state : $root.drover.v1.TaskState[message.state] : message.state;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = options.enums === $String ? $root.drover.v1.TaskStatus.Source[message.source] === $undefined ? message.source : $root.drover.v1.TaskStatus.Source[message.source] : message.source;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.drover.v1.TaskStatus.Reason[message.reason] === $undefined ? message.reason : $root.drover.v1.TaskStatus.Reason[message.reason] : message.reason;
                if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                    object.uuid = options.bytes === $String ? $util.base64.encode(message.uuid, 0, message.uuid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.uuid) : message.uuid;
                if (message.healthy != null && $Object.hasOwnProperty.call(message, "healthy"))
                    object.healthy = message.healthy;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    object.executorId = $root.drover.v1.ExecutorID.toObject(message.executorId, options, _depth + 1);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    object.timestamp = options.json && !$isFinite(message.timestamp) ? $String(message.timestamp) : message.timestamp;
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    object.labels = $root.drover.v1.Labels.toObject(message.labels, options, _depth + 1);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                return object;
            };

            TaskStatus.prototype.toJSON = function() {
                return TaskStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            TaskStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.TaskStatus";
            };

            TaskStatus.Source = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SOURCE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SOURCE_MASTER"] = 1;
                values[valuesById[2] = "SOURCE_AGENT"] = 2;
                values[valuesById[3] = "SOURCE_EXECUTOR"] = 3;
                return values;
            })();

            TaskStatus.Reason = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REASON_COMMAND_EXECUTOR_FAILED"] = 1;
                values[valuesById[2] = "REASON_CONTAINER_LAUNCH_FAILED"] = 2;
                values[valuesById[3] = "REASON_CONTAINER_LIMITATION"] = 3;
                values[valuesById[4] = "REASON_CONTAINER_LIMITATION_DISK"] = 4;
                values[valuesById[5] = "REASON_CONTAINER_LIMITATION_MEMORY"] = 5;
                values[valuesById[6] = "REASON_CONTAINER_PREEMPTED"] = 6;
                values[valuesById[7] = "REASON_CONTAINER_UPDATE_FAILED"] = 7;
                values[valuesById[8] = "REASON_EXECUTOR_REGISTRATION_TIMEOUT"] = 8;
                values[valuesById[9] = "REASON_EXECUTOR_REREGISTRATION_TIMEOUT"] = 9;
                values[valuesById[10] = "REASON_EXECUTOR_TERMINATED"] = 10;
                values[valuesById[11] = "REASON_EXECUTOR_UNREGISTERED"] = 11;
                values[valuesById[12] = "REASON_FRAMEWORK_REMOVED"] = 12;
                values[valuesById[13] = "REASON_GC_ERROR"] = 13;
                values[valuesById[14] = "REASON_INVALID_FRAMEWORKID"] = 14;
                values[valuesById[15] = "REASON_INVALID_OFFERS"] = 15;
                values[valuesById[16] = "REASON_IO_SWITCHBOARD_EXITED"] = 16;
                values[valuesById[17] = "REASON_MASTER_DISCONNECTED"] = 17;
                values[valuesById[18] = "REASON_RECONCILIATION"] = 18;
                values[valuesById[19] = "REASON_RESOURCES_UNKNOWN"] = 19;
                values[valuesById[20] = "REASON_AGENT_DISCONNECTED"] = 20;
                values[valuesById[21] = "REASON_AGENT_REMOVED"] = 21;
                values[valuesById[22] = "REASON_AGENT_REMOVED_BY_OPERATOR"] = 22;
                values[valuesById[23] = "REASON_AGENT_REREGISTERED"] = 23;
                values[valuesById[24] = "REASON_AGENT_RESTARTED"] = 24;
                values[valuesById[25] = "REASON_AGENT_UNKNOWN"] = 25;
                values[valuesById[26] = "REASON_TASK_CHECK_STATUS_UPDATED"] = 26;
                values[valuesById[27] = "REASON_TASK_HEALTH_CHECK_STATUS_UPDATED"] = 27;
                values[valuesById[28] = "REASON_TASK_GROUP_INVALID"] = 28;
                values[valuesById[29] = "REASON_TASK_GROUP_UNAUTHORIZED"] = 29;
                values[valuesById[30] = "REASON_TASK_INVALID"] = 30;
                values[valuesById[31] = "REASON_TASK_UNAUTHORIZED"] = 31;
                values[valuesById[32] = "REASON_TASK_UNKNOWN"] = 32;
                values[valuesById[33] = "REASON_TASK_KILLED_DURING_LAUNCH"] = 33;
                values[valuesById[34] = "REASON_MAX_COMPLETION_TIME_REACHED"] = 34;
                values[valuesById[35] = "REASON_CONTAINER_LIMITATION_PIDS"] = 35;
                values[valuesById[36] = "REASON_FRAMEWORK_TORN_DOWN"] = 36;
                return values;
            })();

            return TaskStatus;
        })();

        v1.Call = (function() {

            const Call = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Call.prototype.frameworkId = null;
            Call.prototype.type = 0;
            Call.prototype.subscribe = null;
            Call.prototype.accept = null;
            Call.prototype.decline = null;
            Call.prototype.revive = null;
            Call.prototype.suppress = null;
            Call.prototype.kill = null;
            Call.prototype.shutdown = null;
            Call.prototype.acknowledge = null;
            Call.prototype.reconcile = null;
            Call.prototype.message = null;
            Call.prototype.updateFramework = null;

            Call.create = function(properties) {
                return new Call(properties);
            };

            Call.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(16).int32(message.type);
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    $root.drover.v1.Call.Subscribe.encode(message.subscribe, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                    $root.drover.v1.Call.Accept.encode(message.accept, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.decline != null && $Object.hasOwnProperty.call(message, "decline"))
                    $root.drover.v1.Call.Decline.encode(message.decline, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.revive != null && $Object.hasOwnProperty.call(message, "revive"))
                    $root.drover.v1.Call.Revive.encode(message.revive, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.suppress != null && $Object.hasOwnProperty.call(message, "suppress"))
                    $root.drover.v1.Call.Suppress.encode(message.suppress, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.kill != null && $Object.hasOwnProperty.call(message, "kill"))
                    $root.drover.v1.Call.Kill.encode(message.kill, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                    $root.drover.v1.Call.Shutdown.encode(message.shutdown, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.acknowledge != null && $Object.hasOwnProperty.call(message, "acknowledge"))
                    $root.drover.v1.Call.Acknowledge.encode(message.acknowledge, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.reconcile != null && $Object.hasOwnProperty.call(message, "reconcile"))
                    $root.drover.v1.Call.Reconcile.encode(message.reconcile, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.drover.v1.Call.Message.encode(message.message, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.updateFramework != null && $Object.hasOwnProperty.call(message, "updateFramework"))
                    $root.drover.v1.Call.UpdateFramework.encode(message.updateFramework, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Call.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Call();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.subscribe = $root.drover.v1.Call.Subscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.accept = $root.drover.v1.Call.Accept.decode(reader, reader.size(), $undefined, _depth + 1, message.accept);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.decline = $root.drover.v1.Call.Decline.decode(reader, reader.size(), $undefined, _depth + 1, message.decline);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.revive = $root.drover.v1.Call.Revive.decode(reader, reader.size(), $undefined, _depth + 1, message.revive);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.suppress = $root.drover.v1.Call.Suppress.decode(reader, reader.size(), $undefined, _depth + 1, message.suppress);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.kill = $root.drover.v1.Call.Kill.decode(reader, reader.size(), $undefined, _depth + 1, message.kill);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.shutdown = $root.drover.v1.Call.Shutdown.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdown);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.acknowledge = $root.drover.v1.Call.Acknowledge.decode(reader, reader.size(), $undefined, _depth + 1, message.acknowledge);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.reconcile = $root.drover.v1.Call.Reconcile.decode(reader, reader.size(), $undefined, _depth + 1, message.reconcile);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.drover.v1.Call.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.updateFramework = $root.drover.v1.Call.UpdateFramework.decode(reader, reader.size(), $undefined, _depth + 1, message.updateFramework);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Call.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Call)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Call: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Call();
                if (object.frameworkId != null) {
                    if (!$util.isObject(object.frameworkId))
                        throw $TypeError(".drover.v1.Call.frameworkId: object expected");
                    message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                }
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.Call.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "SUBSCRIBE":
                    case 1:
                        message.type = 1;
                        break;
                    case "TEARDOWN":
                    case 2:
                        message.type = 2;
                        break;
                    case "ACCEPT":
                    case 3:
                        message.type = 3;
                        break;
                    case "DECLINE":
                    case 4:
                        message.type = 4;
                        break;
                    case "REVIVE":
                    case 5:
                        message.type = 5;
                        break;
                    case "KILL":
                    case 6:
                        message.type = 6;
                        break;
                    case "SHUTDOWN":
                    case 7:
                        message.type = 7;
                        break;
                    case "ACKNOWLEDGE":
                    case 8:
                        message.type = 8;
                        break;
                    case "RECONCILE":
                    case 9:
                        message.type = 9;
                        break;
                    case "MESSAGE":
                    case 10:
                        message.type = 10;
                        break;
                    case "REQUEST":
                    case 11:
                        message.type = 11;
                        break;
                    case "SUPPRESS":
                    case 12:
                        message.type = 12;
                        break;
                    case "UPDATE_FRAMEWORK":
                    case 17:
                        message.type = 17;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.subscribe != null) {
                    if (!$util.isObject(object.subscribe))
                        throw $TypeError(".drover.v1.Call.subscribe: object expected");
                    message.subscribe = $root.drover.v1.Call.Subscribe.fromObject(object.subscribe, _depth + 1);
                }
                if (object.accept != null) {
                    if (!$util.isObject(object.accept))
                        throw $TypeError(".drover.v1.Call.accept: object expected");
                    message.accept = $root.drover.v1.Call.Accept.fromObject(object.accept, _depth + 1);
                }
                if (object.decline != null) {
                    if (!$util.isObject(object.decline))
                        throw $TypeError(".drover.v1.Call.decline: object expected");
                    message.decline = $root.drover.v1.Call.Decline.fromObject(object.decline, _depth + 1);
                }
                if (object.revive != null) {
                    if (!$util.isObject(object.revive))
                        throw $TypeError(".drover.v1.Call.revive: object expected");
                    message.revive = $root.drover.v1.Call.Revive.fromObject(object.revive, _depth + 1);
                }
                if (object.suppress != null) {
                    if (!$util.isObject(object.suppress))
                        throw $TypeError(".drover.v1.Call.suppress: object expected");
                    message.suppress = $root.drover.v1.Call.Suppress.fromObject(object.suppress, _depth + 1);
                }
                if (object.kill != null) {
                    if (!$util.isObject(object.kill))
                        throw $TypeError(".drover.v1.Call.kill: object expected");
                    message.kill = $root.drover.v1.Call.Kill.fromObject(object.kill, _depth + 1);
                }
                if (object.shutdown != null) {
                    if (!$util.isObject(object.shutdown))
                        throw $TypeError(".drover.v1.Call.shutdown: object expected");
                    message.shutdown = $root.drover.v1.Call.Shutdown.fromObject(object.shutdown, _depth + 1);
                }
                if (object.acknowledge != null) {
                    if (!$util.isObject(object.acknowledge))
                        throw $TypeError(".drover.v1.Call.acknowledge: object expected");
                    message.acknowledge = $root.drover.v1.Call.Acknowledge.fromObject(object.acknowledge, _depth + 1);
                }
                if (object.reconcile != null) {
                    if (!$util.isObject(object.reconcile))
                        throw $TypeError(".drover.v1.Call.reconcile: object expected");
                    message.reconcile = $root.drover.v1.Call.Reconcile.fromObject(object.reconcile, _depth + 1);
                }
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".drover.v1.Call.message: object expected");
                    message.message = $root.drover.v1.Call.Message.fromObject(object.message, _depth + 1);
                }
                if (object.updateFramework != null) {
                    if (!$util.isObject(object.updateFramework))
                        throw $TypeError(".drover.v1.Call.updateFramework: object expected");
                    message.updateFramework = $root.drover.v1.Call.UpdateFramework.fromObject(object.updateFramework, _depth + 1);
                }
                return message;
            };

            Call.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.frameworkId = null;
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    object.subscribe = null;
                    object.accept = null;
                    object.decline = null;
                    object.revive = null;
                    object.suppress = null;
                    object.kill = null;
                    object.shutdown = null;
                    object.acknowledge = null;
                    object.reconcile = null;
                    object.message = null;
                    object.updateFramework = null;
                }
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.Call.Type[message.type] === $undefined ? message.type : $root.drover.v1.Call.Type[message.type] : message.type;
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    object.subscribe = $root.drover.v1.Call.Subscribe.toObject(message.subscribe, options, _depth + 1);
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                    object.accept = $root.drover.v1.Call.Accept.toObject(message.accept, options, _depth + 1);
                if (message.decline != null && $Object.hasOwnProperty.call(message, "decline"))
                    object.decline = $root.drover.v1.Call.Decline.toObject(message.decline, options, _depth + 1);
                if (message.revive != null && $Object.hasOwnProperty.call(message, "revive"))
                    object.revive = $root.drover.v1.Call.Revive.toObject(message.revive, options, _depth + 1);
                if (message.suppress != null && $Object.hasOwnProperty.call(message, "suppress"))
                    object.suppress = $root.drover.v1.Call.Suppress.toObject(message.suppress, options, _depth + 1);
                if (message.kill != null && $Object.hasOwnProperty.call(message, "kill"))
                    object.kill = $root.drover.v1.Call.Kill.toObject(message.kill, options, _depth + 1);
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                    object.shutdown = $root.drover.v1.Call.Shutdown.toObject(message.shutdown, options, _depth + 1);
                if (message.acknowledge != null && $Object.hasOwnProperty.call(message, "acknowledge"))
                    object.acknowledge = $root.drover.v1.Call.Acknowledge.toObject(message.acknowledge, options, _depth + 1);
                if (message.reconcile != null && $Object.hasOwnProperty.call(message, "reconcile"))
                    object.reconcile = $root.drover.v1.Call.Reconcile.toObject(message.reconcile, options, _depth + 1);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.drover.v1.Call.Message.toObject(message.message, options, _depth + 1);
                if (message.updateFramework != null && $Object.hasOwnProperty.call(message, "updateFramework"))
                    object.updateFramework = $root.drover.v1.Call.UpdateFramework.toObject(message.updateFramework, options, _depth + 1);
                return object;
            };

            Call.prototype.toJSON = function() {
                return Call.toObject(this, $protobuf.util.toJSONOptions);
            };

            Call.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Call";
            };

            Call.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SUBSCRIBE"] = 1;
                values[valuesById[2] = "TEARDOWN"] = 2;
                values[valuesById[3] = "ACCEPT"] = 3;
                values[valuesById[4] = "DECLINE"] = 4;
                values[valuesById[5] = "REVIVE"] = 5;
                values[valuesById[6] = "KILL"] = 6;
                values[valuesById[7] = "SHUTDOWN"] = 7;
                values[valuesById[8] = "ACKNOWLEDGE"] = 8;
                values[valuesById[9] = "RECONCILE"] = 9;
                values[valuesById[10] = "MESSAGE"] = 10;
                values[valuesById[11] = "REQUEST"] = 11;
                values[valuesById[12] = "SUPPRESS"] = 12;
                values[valuesById[17] = "UPDATE_FRAMEWORK"] = 17;
                return values;
            })();

            Call.Subscribe = (function() {

                const Subscribe = function (properties) {
                    this.suppressedRoles = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Subscribe.prototype.frameworkInfo = null;
                Subscribe.prototype.suppressedRoles = $util.emptyArray;
                Subscribe.prototype.eventSubject = "";

                Subscribe.create = function(properties) {
                    return new Subscribe(properties);
                };

                Subscribe.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkInfo != null && $Object.hasOwnProperty.call(message, "frameworkInfo"))
                        $root.drover.v1.FrameworkInfo.encode(message.frameworkInfo, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.suppressedRoles != null && message.suppressedRoles.length)
                        for (let i = 0; i < message.suppressedRoles.length; ++i)
                            writer.uint32(18).string(message.suppressedRoles[i]);
                    if (message.eventSubject != null && $Object.hasOwnProperty.call(message, "eventSubject") && message.eventSubject !== "")
                        writer.uint32(26).string(message.eventSubject);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Subscribe.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Subscribe();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkInfo = $root.drover.v1.FrameworkInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkInfo);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.suppressedRoles && message.suppressedRoles.length))
                                    message.suppressedRoles = [];
                                message.suppressedRoles.push(reader.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.eventSubject = value;
                                else
                                    delete message.eventSubject;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Subscribe.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Subscribe)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Subscribe: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Subscribe();
                    if (object.frameworkInfo != null) {
                        if (!$util.isObject(object.frameworkInfo))
                            throw $TypeError(".drover.v1.Call.Subscribe.frameworkInfo: object expected");
                        message.frameworkInfo = $root.drover.v1.FrameworkInfo.fromObject(object.frameworkInfo, _depth + 1);
                    }
                    if (object.suppressedRoles) {
                        if (!$Array.isArray(object.suppressedRoles))
                            throw $TypeError(".drover.v1.Call.Subscribe.suppressedRoles: array expected");
                        message.suppressedRoles = $Array(object.suppressedRoles.length);
                        for (let i = 0; i < object.suppressedRoles.length; ++i)
                            message.suppressedRoles[i] = $String(object.suppressedRoles[i]);
                    }
                    if (object.eventSubject != null)
                        if (typeof object.eventSubject !== "string" || object.eventSubject.length)
                            message.eventSubject = $String(object.eventSubject);
                    return message;
                };

                Subscribe.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.suppressedRoles = [];
                    if (options.defaults) {
                        object.frameworkInfo = null;
                        object.eventSubject = "";
                    }
                    if (message.frameworkInfo != null && $Object.hasOwnProperty.call(message, "frameworkInfo"))
                        object.frameworkInfo = $root.drover.v1.FrameworkInfo.toObject(message.frameworkInfo, options, _depth + 1);
                    if (message.suppressedRoles && message.suppressedRoles.length) {
                        object.suppressedRoles = $Array(message.suppressedRoles.length);
                        for (let j = 0; j < message.suppressedRoles.length; ++j)
                            object.suppressedRoles[j] = message.suppressedRoles[j];
                    }
                    if (message.eventSubject != null && $Object.hasOwnProperty.call(message, "eventSubject"))
                        object.eventSubject = message.eventSubject;
                    return object;
                };

                Subscribe.prototype.toJSON = function() {
                    return Subscribe.toObject(this, $protobuf.util.toJSONOptions);
                };

                Subscribe.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Subscribe";
                };

                return Subscribe;
            })();

            Call.Accept = (function() {

                const Accept = function (properties) {
                    this.offerIds = [];
                    this.operations = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Accept.prototype.offerIds = $util.emptyArray;
                Accept.prototype.operations = $util.emptyArray;
                Accept.prototype.filters = null;

                Accept.create = function(properties) {
                    return new Accept(properties);
                };

                Accept.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offerIds != null && message.offerIds.length)
                        for (let i = 0; i < message.offerIds.length; ++i)
                            $root.drover.v1.OfferID.encode(message.offerIds[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.operations != null && message.operations.length)
                        for (let i = 0; i < message.operations.length; ++i)
                            $root.drover.v1.Offer.Operation.encode(message.operations[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.filters != null && $Object.hasOwnProperty.call(message, "filters"))
                        $root.drover.v1.Filters.encode(message.filters, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Accept.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Accept();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.offerIds && message.offerIds.length))
                                    message.offerIds = [];
                                message.offerIds.push($root.drover.v1.OfferID.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.operations && message.operations.length))
                                    message.operations = [];
                                message.operations.push($root.drover.v1.Offer.Operation.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.filters = $root.drover.v1.Filters.decode(reader, reader.size(), $undefined, _depth + 1, message.filters);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Accept.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Accept)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Accept: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Accept();
                    if (object.offerIds) {
                        if (!$Array.isArray(object.offerIds))
                            throw $TypeError(".drover.v1.Call.Accept.offerIds: array expected");
                        message.offerIds = $Array(object.offerIds.length);
                        for (let i = 0; i < object.offerIds.length; ++i) {
                            if (!$util.isObject(object.offerIds[i]))
                                throw $TypeError(".drover.v1.Call.Accept.offerIds: object expected");
                            message.offerIds[i] = $root.drover.v1.OfferID.fromObject(object.offerIds[i], _depth + 1);
                        }
                    }
                    if (object.operations) {
                        if (!$Array.isArray(object.operations))
                            throw $TypeError(".drover.v1.Call.Accept.operations: array expected");
                        message.operations = $Array(object.operations.length);
                        for (let i = 0; i < object.operations.length; ++i) {
                            if (!$util.isObject(object.operations[i]))
                                throw $TypeError(".drover.v1.Call.Accept.operations: object expected");
                            message.operations[i] = $root.drover.v1.Offer.Operation.fromObject(object.operations[i], _depth + 1);
                        }
                    }
                    if (object.filters != null) {
                        if (!$util.isObject(object.filters))
                            throw $TypeError(".drover.v1.Call.Accept.filters: object expected");
                        message.filters = $root.drover.v1.Filters.fromObject(object.filters, _depth + 1);
                    }
                    return message;
                };

                Accept.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.offerIds = [];
                        object.operations = [];
                    }
                    if (options.defaults)
                        object.filters = null;
                    if (message.offerIds && message.offerIds.length) {
                        object.offerIds = $Array(message.offerIds.length);
                        for (let j = 0; j < message.offerIds.length; ++j)
                            object.offerIds[j] = $root.drover.v1.OfferID.toObject(message.offerIds[j], options, _depth + 1);
                    }
                    if (message.operations && message.operations.length) {
                        object.operations = $Array(message.operations.length);
                        for (let j = 0; j < message.operations.length; ++j)
                            object.operations[j] = $root.drover.v1.Offer.Operation.toObject(message.operations[j], options, _depth + 1);
                    }
                    if (message.filters != null && $Object.hasOwnProperty.call(message, "filters"))
                        object.filters = $root.drover.v1.Filters.toObject(message.filters, options, _depth + 1);
                    return object;
                };

                Accept.prototype.toJSON = function() {
                    return Accept.toObject(this, $protobuf.util.toJSONOptions);
                };

                Accept.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Accept";
                };

                return Accept;
            })();

            Call.Decline = (function() {

                const Decline = function (properties) {
                    this.offerIds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Decline.prototype.offerIds = $util.emptyArray;
                Decline.prototype.filters = null;

                Decline.create = function(properties) {
                    return new Decline(properties);
                };

                Decline.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offerIds != null && message.offerIds.length)
                        for (let i = 0; i < message.offerIds.length; ++i)
                            $root.drover.v1.OfferID.encode(message.offerIds[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.filters != null && $Object.hasOwnProperty.call(message, "filters"))
                        $root.drover.v1.Filters.encode(message.filters, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Decline.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Decline();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.offerIds && message.offerIds.length))
                                    message.offerIds = [];
                                message.offerIds.push($root.drover.v1.OfferID.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.filters = $root.drover.v1.Filters.decode(reader, reader.size(), $undefined, _depth + 1, message.filters);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Decline.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Decline)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Decline: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Decline();
                    if (object.offerIds) {
                        if (!$Array.isArray(object.offerIds))
                            throw $TypeError(".drover.v1.Call.Decline.offerIds: array expected");
                        message.offerIds = $Array(object.offerIds.length);
                        for (let i = 0; i < object.offerIds.length; ++i) {
                            if (!$util.isObject(object.offerIds[i]))
                                throw $TypeError(".drover.v1.Call.Decline.offerIds: object expected");
                            message.offerIds[i] = $root.drover.v1.OfferID.fromObject(object.offerIds[i], _depth + 1);
                        }
                    }
                    if (object.filters != null) {
                        if (!$util.isObject(object.filters))
                            throw $TypeError(".drover.v1.Call.Decline.filters: object expected");
                        message.filters = $root.drover.v1.Filters.fromObject(object.filters, _depth + 1);
                    }
                    return message;
                };

                Decline.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.offerIds = [];
                    if (options.defaults)
                        object.filters = null;
                    if (message.offerIds && message.offerIds.length) {
                        object.offerIds = $Array(message.offerIds.length);
                        for (let j = 0; j < message.offerIds.length; ++j)
                            object.offerIds[j] = $root.drover.v1.OfferID.toObject(message.offerIds[j], options, _depth + 1);
                    }
                    if (message.filters != null && $Object.hasOwnProperty.call(message, "filters"))
                        object.filters = $root.drover.v1.Filters.toObject(message.filters, options, _depth + 1);
                    return object;
                };

                Decline.prototype.toJSON = function() {
                    return Decline.toObject(this, $protobuf.util.toJSONOptions);
                };

                Decline.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Decline";
                };

                return Decline;
            })();

            Call.Revive = (function() {

                const Revive = function (properties) {
                    this.roles = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Revive.prototype.roles = $util.emptyArray;

                Revive.create = function(properties) {
                    return new Revive(properties);
                };

                Revive.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.roles != null && message.roles.length)
                        for (let i = 0; i < message.roles.length; ++i)
                            writer.uint32(10).string(message.roles[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Revive.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Revive();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                message.roles.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Revive.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Revive)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Revive: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Revive();
                    if (object.roles) {
                        if (!$Array.isArray(object.roles))
                            throw $TypeError(".drover.v1.Call.Revive.roles: array expected");
                        message.roles = $Array(object.roles.length);
                        for (let i = 0; i < object.roles.length; ++i)
                            message.roles[i] = $String(object.roles[i]);
                    }
                    return message;
                };

                Revive.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.roles = [];
                    if (message.roles && message.roles.length) {
                        object.roles = $Array(message.roles.length);
                        for (let j = 0; j < message.roles.length; ++j)
                            object.roles[j] = message.roles[j];
                    }
                    return object;
                };

                Revive.prototype.toJSON = function() {
                    return Revive.toObject(this, $protobuf.util.toJSONOptions);
                };

                Revive.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Revive";
                };

                return Revive;
            })();

            Call.Suppress = (function() {

                const Suppress = function (properties) {
                    this.roles = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Suppress.prototype.roles = $util.emptyArray;

                Suppress.create = function(properties) {
                    return new Suppress(properties);
                };

                Suppress.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.roles != null && message.roles.length)
                        for (let i = 0; i < message.roles.length; ++i)
                            writer.uint32(10).string(message.roles[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Suppress.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Suppress();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                message.roles.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Suppress.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Suppress)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Suppress: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Suppress();
                    if (object.roles) {
                        if (!$Array.isArray(object.roles))
                            throw $TypeError(".drover.v1.Call.Suppress.roles: array expected");
                        message.roles = $Array(object.roles.length);
                        for (let i = 0; i < object.roles.length; ++i)
                            message.roles[i] = $String(object.roles[i]);
                    }
                    return message;
                };

                Suppress.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.roles = [];
                    if (message.roles && message.roles.length) {
                        object.roles = $Array(message.roles.length);
                        for (let j = 0; j < message.roles.length; ++j)
                            object.roles[j] = message.roles[j];
                    }
                    return object;
                };

                Suppress.prototype.toJSON = function() {
                    return Suppress.toObject(this, $protobuf.util.toJSONOptions);
                };

                Suppress.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Suppress";
                };

                return Suppress;
            })();

            Call.Kill = (function() {

                const Kill = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Kill.prototype.taskId = null;
                Kill.prototype.agentId = null;
                Kill.prototype.killPolicy = null;

                Kill.create = function(properties) {
                    return new Kill(properties);
                };

                Kill.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        $root.drover.v1.TaskID.encode(message.taskId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.killPolicy != null && $Object.hasOwnProperty.call(message, "killPolicy"))
                        $root.drover.v1.KillPolicy.encode(message.killPolicy, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Kill.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Kill();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.taskId = $root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.killPolicy = $root.drover.v1.KillPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.killPolicy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Kill.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Kill)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Kill: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Kill();
                    if (object.taskId != null) {
                        if (!$util.isObject(object.taskId))
                            throw $TypeError(".drover.v1.Call.Kill.taskId: object expected");
                        message.taskId = $root.drover.v1.TaskID.fromObject(object.taskId, _depth + 1);
                    }
                    if (object.agentId != null) {
                        if (!$util.isObject(object.agentId))
                            throw $TypeError(".drover.v1.Call.Kill.agentId: object expected");
                        message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                    }
                    if (object.killPolicy != null) {
                        if (!$util.isObject(object.killPolicy))
                            throw $TypeError(".drover.v1.Call.Kill.killPolicy: object expected");
                        message.killPolicy = $root.drover.v1.KillPolicy.fromObject(object.killPolicy, _depth + 1);
                    }
                    return message;
                };

                Kill.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.taskId = null;
                        object.agentId = null;
                        object.killPolicy = null;
                    }
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        object.taskId = $root.drover.v1.TaskID.toObject(message.taskId, options, _depth + 1);
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                    if (message.killPolicy != null && $Object.hasOwnProperty.call(message, "killPolicy"))
                        object.killPolicy = $root.drover.v1.KillPolicy.toObject(message.killPolicy, options, _depth + 1);
                    return object;
                };

                Kill.prototype.toJSON = function() {
                    return Kill.toObject(this, $protobuf.util.toJSONOptions);
                };

                Kill.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Kill";
                };

                return Kill;
            })();

            Call.Shutdown = (function() {

                const Shutdown = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Shutdown.prototype.executorId = null;
                Shutdown.prototype.agentId = null;

                Shutdown.create = function(properties) {
                    return new Shutdown(properties);
                };

                Shutdown.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        $root.drover.v1.ExecutorID.encode(message.executorId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Shutdown.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Shutdown();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.executorId = $root.drover.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Shutdown.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Shutdown)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Shutdown: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Shutdown();
                    if (object.executorId != null) {
                        if (!$util.isObject(object.executorId))
                            throw $TypeError(".drover.v1.Call.Shutdown.executorId: object expected");
                        message.executorId = $root.drover.v1.ExecutorID.fromObject(object.executorId, _depth + 1);
                    }
                    if (object.agentId != null) {
                        if (!$util.isObject(object.agentId))
                            throw $TypeError(".drover.v1.Call.Shutdown.agentId: object expected");
                        message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                    }
                    return message;
                };

                Shutdown.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executorId = null;
                        object.agentId = null;
                    }
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        object.executorId = $root.drover.v1.ExecutorID.toObject(message.executorId, options, _depth + 1);
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                    return object;
                };

                Shutdown.prototype.toJSON = function() {
                    return Shutdown.toObject(this, $protobuf.util.toJSONOptions);
                };

                Shutdown.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Shutdown";
                };

                return Shutdown;
            })();

            Call.Acknowledge = (function() {

                const Acknowledge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Acknowledge.prototype.agentId = null;
                Acknowledge.prototype.taskId = null;
                Acknowledge.prototype.uuid = $util.newBuffer([]);

                Acknowledge.create = function(properties) {
                    return new Acknowledge(properties);
                };

                Acknowledge.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        $root.drover.v1.TaskID.encode(message.taskId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid.length)
                        writer.uint32(26).bytes(message.uuid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Acknowledge.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Acknowledge();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.taskId = $root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.uuid = value;
                                else
                                    delete message.uuid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Acknowledge.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Acknowledge)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Acknowledge: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Acknowledge();
                    if (object.agentId != null) {
                        if (!$util.isObject(object.agentId))
                            throw $TypeError(".drover.v1.Call.Acknowledge.agentId: object expected");
                        message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                    }
                    if (object.taskId != null) {
                        if (!$util.isObject(object.taskId))
                            throw $TypeError(".drover.v1.Call.Acknowledge.taskId: object expected");
                        message.taskId = $root.drover.v1.TaskID.fromObject(object.taskId, _depth + 1);
                    }
                    if (object.uuid != null)
                        if (object.uuid.length)
                            if (typeof object.uuid === "string")
                                $util.base64.decode(object.uuid, message.uuid = $util.newBuffer($util.base64.length(object.uuid)), 0);
                            else if (object.uuid.length >= 0)
                                message.uuid = object.uuid;
                    return message;
                };

                Acknowledge.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.agentId = null;
                        object.taskId = null;
                        if (options.bytes === $String)
                            object.uuid = "";
                        else {
                            object.uuid = [];
                            if (options.bytes !== $Array)
                                object.uuid = $util.newBuffer(object.uuid);
                        }
                    }
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        object.taskId = $root.drover.v1.TaskID.toObject(message.taskId, options, _depth + 1);
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        object.uuid = options.bytes === $String ? $util.base64.encode(message.uuid, 0, message.uuid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.uuid) : message.uuid;
                    return object;
                };

                Acknowledge.prototype.toJSON = function() {
                    return Acknowledge.toObject(this, $protobuf.util.toJSONOptions);
                };

                Acknowledge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Acknowledge";
                };

                return Acknowledge;
            })();

            Call.Reconcile = (function() {

                const Reconcile = function (properties) {
                    this.tasks = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Reconcile.prototype.tasks = $util.emptyArray;

                Reconcile.create = function(properties) {
                    return new Reconcile(properties);
                };

                Reconcile.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tasks != null && message.tasks.length)
                        for (let i = 0; i < message.tasks.length; ++i)
                            $root.drover.v1.Call.Reconcile.Task.encode(message.tasks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Reconcile.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Reconcile();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tasks && message.tasks.length))
                                    message.tasks = [];
                                message.tasks.push($root.drover.v1.Call.Reconcile.Task.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Reconcile.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Reconcile)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Reconcile: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Reconcile();
                    if (object.tasks) {
                        if (!$Array.isArray(object.tasks))
                            throw $TypeError(".drover.v1.Call.Reconcile.tasks: array expected");
                        message.tasks = $Array(object.tasks.length);
                        for (let i = 0; i < object.tasks.length; ++i) {
                            if (!$util.isObject(object.tasks[i]))
                                throw $TypeError(".drover.v1.Call.Reconcile.tasks: object expected");
                            message.tasks[i] = $root.drover.v1.Call.Reconcile.Task.fromObject(object.tasks[i], _depth + 1);
                        }
                    }
                    return message;
                };

                Reconcile.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.tasks = [];
                    if (message.tasks && message.tasks.length) {
                        object.tasks = $Array(message.tasks.length);
                        for (let j = 0; j < message.tasks.length; ++j)
                            object.tasks[j] = $root.drover.v1.Call.Reconcile.Task.toObject(message.tasks[j], options, _depth + 1);
                    }
                    return object;
                };

                Reconcile.prototype.toJSON = function() {
                    return Reconcile.toObject(this, $protobuf.util.toJSONOptions);
                };

                Reconcile.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Reconcile";
                };

                Reconcile.Task = (function() {

                    const Task = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Task.prototype.taskId = null;
                    Task.prototype.agentId = null;

                    Task.create = function(properties) {
                        return new Task(properties);
                    };

                    Task.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                            $root.drover.v1.TaskID.encode(message.taskId, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                            $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Task.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.drover.v1.Call.Reconcile.Task();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.taskId = $root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Task.fromObject = function (object, _depth) {
                        if (object instanceof $root.drover.v1.Call.Reconcile.Task)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".drover.v1.Call.Reconcile.Task: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.drover.v1.Call.Reconcile.Task();
                        if (object.taskId != null) {
                            if (!$util.isObject(object.taskId))
                                throw $TypeError(".drover.v1.Call.Reconcile.Task.taskId: object expected");
                            message.taskId = $root.drover.v1.TaskID.fromObject(object.taskId, _depth + 1);
                        }
                        if (object.agentId != null) {
                            if (!$util.isObject(object.agentId))
                                throw $TypeError(".drover.v1.Call.Reconcile.Task.agentId: object expected");
                            message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                        }
                        return message;
                    };

                    Task.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.taskId = null;
                            object.agentId = null;
                        }
                        if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                            object.taskId = $root.drover.v1.TaskID.toObject(message.taskId, options, _depth + 1);
                        if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                            object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                        return object;
                    };

                    Task.prototype.toJSON = function() {
                        return Task.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Task.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/drover.v1.Call.Reconcile.Task";
                    };

                    return Task;
                })();

                return Reconcile;
            })();

            Call.Message = (function() {

                const Message = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Message.prototype.agentId = null;
                Message.prototype.executorId = null;
                Message.prototype.data = $util.newBuffer([]);

                Message.create = function(properties) {
                    return new Message(properties);
                };

                Message.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        $root.drover.v1.ExecutorID.encode(message.executorId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(26).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Message.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.Message();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.executorId = $root.drover.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Message.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.Message)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.Message: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.Message();
                    if (object.agentId != null) {
                        if (!$util.isObject(object.agentId))
                            throw $TypeError(".drover.v1.Call.Message.agentId: object expected");
                        message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                    }
                    if (object.executorId != null) {
                        if (!$util.isObject(object.executorId))
                            throw $TypeError(".drover.v1.Call.Message.executorId: object expected");
                        message.executorId = $root.drover.v1.ExecutorID.fromObject(object.executorId, _depth + 1);
                    }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                Message.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.agentId = null;
                        object.executorId = null;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        object.executorId = $root.drover.v1.ExecutorID.toObject(message.executorId, options, _depth + 1);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.Message";
                };

                return Message;
            })();

            Call.UpdateFramework = (function() {

                const UpdateFramework = function (properties) {
                    this.suppressedRoles = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UpdateFramework.prototype.frameworkInfo = null;
                UpdateFramework.prototype.suppressedRoles = $util.emptyArray;

                UpdateFramework.create = function(properties) {
                    return new UpdateFramework(properties);
                };

                UpdateFramework.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkInfo != null && $Object.hasOwnProperty.call(message, "frameworkInfo"))
                        $root.drover.v1.FrameworkInfo.encode(message.frameworkInfo, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.suppressedRoles != null && message.suppressedRoles.length)
                        for (let i = 0; i < message.suppressedRoles.length; ++i)
                            writer.uint32(18).string(message.suppressedRoles[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UpdateFramework.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Call.UpdateFramework();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkInfo = $root.drover.v1.FrameworkInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkInfo);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.suppressedRoles && message.suppressedRoles.length))
                                    message.suppressedRoles = [];
                                message.suppressedRoles.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                UpdateFramework.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Call.UpdateFramework)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Call.UpdateFramework: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Call.UpdateFramework();
                    if (object.frameworkInfo != null) {
                        if (!$util.isObject(object.frameworkInfo))
                            throw $TypeError(".drover.v1.Call.UpdateFramework.frameworkInfo: object expected");
                        message.frameworkInfo = $root.drover.v1.FrameworkInfo.fromObject(object.frameworkInfo, _depth + 1);
                    }
                    if (object.suppressedRoles) {
                        if (!$Array.isArray(object.suppressedRoles))
                            throw $TypeError(".drover.v1.Call.UpdateFramework.suppressedRoles: array expected");
                        message.suppressedRoles = $Array(object.suppressedRoles.length);
                        for (let i = 0; i < object.suppressedRoles.length; ++i)
                            message.suppressedRoles[i] = $String(object.suppressedRoles[i]);
                    }
                    return message;
                };

                UpdateFramework.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.suppressedRoles = [];
                    if (options.defaults)
                        object.frameworkInfo = null;
                    if (message.frameworkInfo != null && $Object.hasOwnProperty.call(message, "frameworkInfo"))
                        object.frameworkInfo = $root.drover.v1.FrameworkInfo.toObject(message.frameworkInfo, options, _depth + 1);
                    if (message.suppressedRoles && message.suppressedRoles.length) {
                        object.suppressedRoles = $Array(message.suppressedRoles.length);
                        for (let j = 0; j < message.suppressedRoles.length; ++j)
                            object.suppressedRoles[j] = message.suppressedRoles[j];
                    }
                    return object;
                };

                UpdateFramework.prototype.toJSON = function() {
                    return UpdateFramework.toObject(this, $protobuf.util.toJSONOptions);
                };

                UpdateFramework.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Call.UpdateFramework";
                };

                return UpdateFramework;
            })();

            return Call;
        })();

        v1.CallResponse = (function() {

            const CallResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CallResponse.prototype.ok = false;
            CallResponse.prototype.errorCode = "";
            CallResponse.prototype.errorMessage = "";
            CallResponse.prototype.subscribed = null;
            CallResponse.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            CallResponse.create = function(properties) {
                return new CallResponse(properties);
            };

            CallResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(8).bool(message.ok);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(18).string(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                    writer.uint32(26).string(message.errorMessage);
                if (message.subscribed != null && $Object.hasOwnProperty.call(message, "subscribed"))
                    $root.drover.v1.Event.encode(message.subscribed, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(40).uint64(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CallResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.CallResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorMessage = value;
                            else
                                delete message.errorMessage;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.subscribed = $root.drover.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribed);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CallResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.CallResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.CallResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.CallResponse();
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.errorCode != null)
                    if (typeof object.errorCode !== "string" || object.errorCode.length)
                        message.errorCode = $String(object.errorCode);
                if (object.errorMessage != null)
                    if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                        message.errorMessage = $String(object.errorMessage);
                if (object.subscribed != null) {
                    if (!$util.isObject(object.subscribed))
                        throw $TypeError(".drover.v1.CallResponse.subscribed: object expected");
                    message.subscribed = $root.drover.v1.Event.fromObject(object.subscribed, _depth + 1);
                }
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                return message;
            };

            CallResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ok = false;
                    object.errorCode = "";
                    object.errorMessage = "";
                    object.subscribed = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    object.errorCode = message.errorCode;
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    object.errorMessage = message.errorMessage;
                if (message.subscribed != null && $Object.hasOwnProperty.call(message, "subscribed"))
                    object.subscribed = $root.drover.v1.Event.toObject(message.subscribed, options, _depth + 1);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                return object;
            };

            CallResponse.prototype.toJSON = function() {
                return CallResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            CallResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.CallResponse";
            };

            return CallResponse;
        })();

        v1.Event = (function() {

            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Event.prototype.type = 0;
            Event.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Event.prototype.subscribed = null;
            Event.prototype.offers = null;
            Event.prototype.rescind = null;
            Event.prototype.update = null;
            Event.prototype.message = null;
            Event.prototype.failure = null;
            Event.prototype.error = null;

            Event.create = function(properties) {
                return new Event(properties);
            };

            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(16).uint64(message.epoch);
                if (message.subscribed != null && $Object.hasOwnProperty.call(message, "subscribed"))
                    $root.drover.v1.Event.Subscribed.encode(message.subscribed, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.offers != null && $Object.hasOwnProperty.call(message, "offers"))
                    $root.drover.v1.Event.Offers.encode(message.offers, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.rescind != null && $Object.hasOwnProperty.call(message, "rescind"))
                    $root.drover.v1.Event.Rescind.encode(message.rescind, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                    $root.drover.v1.Event.Update.encode(message.update, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.drover.v1.Event.Message.encode(message.message, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.drover.v1.Event.Failure.encode(message.failure, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.drover.v1.Event.Error.encode(message.error, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.subscribed = $root.drover.v1.Event.Subscribed.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribed);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.offers = $root.drover.v1.Event.Offers.decode(reader, reader.size(), $undefined, _depth + 1, message.offers);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rescind = $root.drover.v1.Event.Rescind.decode(reader, reader.size(), $undefined, _depth + 1, message.rescind);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.update = $root.drover.v1.Event.Update.decode(reader, reader.size(), $undefined, _depth + 1, message.update);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.drover.v1.Event.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.drover.v1.Event.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.drover.v1.Event.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.Event();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.Event.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "SUBSCRIBED":
                    case 1:
                        message.type = 1;
                        break;
                    case "OFFERS":
                    case 2:
                        message.type = 2;
                        break;
                    case "RESCIND":
                    case 3:
                        message.type = 3;
                        break;
                    case "UPDATE":
                    case 4:
                        message.type = 4;
                        break;
                    case "MESSAGE":
                    case 5:
                        message.type = 5;
                        break;
                    case "FAILURE":
                    case 6:
                        message.type = 6;
                        break;
                    case "ERROR":
                    case 7:
                        message.type = 7;
                        break;
                    case "HEARTBEAT":
                    case 8:
                        message.type = 8;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.subscribed != null) {
                    if (!$util.isObject(object.subscribed))
                        throw $TypeError(".drover.v1.Event.subscribed: object expected");
                    message.subscribed = $root.drover.v1.Event.Subscribed.fromObject(object.subscribed, _depth + 1);
                }
                if (object.offers != null) {
                    if (!$util.isObject(object.offers))
                        throw $TypeError(".drover.v1.Event.offers: object expected");
                    message.offers = $root.drover.v1.Event.Offers.fromObject(object.offers, _depth + 1);
                }
                if (object.rescind != null) {
                    if (!$util.isObject(object.rescind))
                        throw $TypeError(".drover.v1.Event.rescind: object expected");
                    message.rescind = $root.drover.v1.Event.Rescind.fromObject(object.rescind, _depth + 1);
                }
                if (object.update != null) {
                    if (!$util.isObject(object.update))
                        throw $TypeError(".drover.v1.Event.update: object expected");
                    message.update = $root.drover.v1.Event.Update.fromObject(object.update, _depth + 1);
                }
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".drover.v1.Event.message: object expected");
                    message.message = $root.drover.v1.Event.Message.fromObject(object.message, _depth + 1);
                }
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".drover.v1.Event.failure: object expected");
                    message.failure = $root.drover.v1.Event.Failure.fromObject(object.failure, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".drover.v1.Event.error: object expected");
                    message.error = $root.drover.v1.Event.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.subscribed = null;
                    object.offers = null;
                    object.rescind = null;
                    object.update = null;
                    object.message = null;
                    object.failure = null;
                    object.error = null;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.Event.Type[message.type] === $undefined ? message.type : $root.drover.v1.Event.Type[message.type] : message.type;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.subscribed != null && $Object.hasOwnProperty.call(message, "subscribed"))
                    object.subscribed = $root.drover.v1.Event.Subscribed.toObject(message.subscribed, options, _depth + 1);
                if (message.offers != null && $Object.hasOwnProperty.call(message, "offers"))
                    object.offers = $root.drover.v1.Event.Offers.toObject(message.offers, options, _depth + 1);
                if (message.rescind != null && $Object.hasOwnProperty.call(message, "rescind"))
                    object.rescind = $root.drover.v1.Event.Rescind.toObject(message.rescind, options, _depth + 1);
                if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                    object.update = $root.drover.v1.Event.Update.toObject(message.update, options, _depth + 1);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.drover.v1.Event.Message.toObject(message.message, options, _depth + 1);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.drover.v1.Event.Failure.toObject(message.failure, options, _depth + 1);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.drover.v1.Event.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.Event";
            };

            Event.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SUBSCRIBED"] = 1;
                values[valuesById[2] = "OFFERS"] = 2;
                values[valuesById[3] = "RESCIND"] = 3;
                values[valuesById[4] = "UPDATE"] = 4;
                values[valuesById[5] = "MESSAGE"] = 5;
                values[valuesById[6] = "FAILURE"] = 6;
                values[valuesById[7] = "ERROR"] = 7;
                values[valuesById[8] = "HEARTBEAT"] = 8;
                return values;
            })();

            Event.Subscribed = (function() {

                const Subscribed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Subscribed.prototype.frameworkId = null;
                Subscribed.prototype.heartbeatIntervalSeconds = 0;
                Subscribed.prototype.masterInfo = null;

                Subscribed.create = function(properties) {
                    return new Subscribed(properties);
                };

                Subscribed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.heartbeatIntervalSeconds != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalSeconds") && !$Object.is(message.heartbeatIntervalSeconds, 0))
                        writer.uint32(17).double(message.heartbeatIntervalSeconds);
                    if (message.masterInfo != null && $Object.hasOwnProperty.call(message, "masterInfo"))
                        $root.drover.v1.MasterInfo.encode(message.masterInfo, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Subscribed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Event.Subscribed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.heartbeatIntervalSeconds = value;
                                else
                                    delete message.heartbeatIntervalSeconds;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.masterInfo = $root.drover.v1.MasterInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.masterInfo);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Subscribed.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Event.Subscribed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Event.Subscribed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Event.Subscribed();
                    if (object.frameworkId != null) {
                        if (!$util.isObject(object.frameworkId))
                            throw $TypeError(".drover.v1.Event.Subscribed.frameworkId: object expected");
                        message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                    }
                    if (object.heartbeatIntervalSeconds != null)
                        if (!$Object.is($Number(object.heartbeatIntervalSeconds), 0))
                            message.heartbeatIntervalSeconds = $Number(object.heartbeatIntervalSeconds);
                    if (object.masterInfo != null) {
                        if (!$util.isObject(object.masterInfo))
                            throw $TypeError(".drover.v1.Event.Subscribed.masterInfo: object expected");
                        message.masterInfo = $root.drover.v1.MasterInfo.fromObject(object.masterInfo, _depth + 1);
                    }
                    return message;
                };

                Subscribed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.frameworkId = null;
                        object.heartbeatIntervalSeconds = 0;
                        object.masterInfo = null;
                    }
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                    if (message.heartbeatIntervalSeconds != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalSeconds"))
                        object.heartbeatIntervalSeconds = options.json && !$isFinite(message.heartbeatIntervalSeconds) ? $String(message.heartbeatIntervalSeconds) : message.heartbeatIntervalSeconds;
                    if (message.masterInfo != null && $Object.hasOwnProperty.call(message, "masterInfo"))
                        object.masterInfo = $root.drover.v1.MasterInfo.toObject(message.masterInfo, options, _depth + 1);
                    return object;
                };

                Subscribed.prototype.toJSON = function() {
                    return Subscribed.toObject(this, $protobuf.util.toJSONOptions);
                };

                Subscribed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Event.Subscribed";
                };

                return Subscribed;
            })();

            Event.Offers = (function() {

                const Offers = function (properties) {
                    this.offers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Offers.prototype.offers = $util.emptyArray;

                Offers.create = function(properties) {
                    return new Offers(properties);
                };

                Offers.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offers != null && message.offers.length)
                        for (let i = 0; i < message.offers.length; ++i)
                            $root.drover.v1.Offer.encode(message.offers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Offers.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Event.Offers();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.offers && message.offers.length))
                                    message.offers = [];
                                message.offers.push($root.drover.v1.Offer.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Offers.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Event.Offers)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Event.Offers: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Event.Offers();
                    if (object.offers) {
                        if (!$Array.isArray(object.offers))
                            throw $TypeError(".drover.v1.Event.Offers.offers: array expected");
                        message.offers = $Array(object.offers.length);
                        for (let i = 0; i < object.offers.length; ++i) {
                            if (!$util.isObject(object.offers[i]))
                                throw $TypeError(".drover.v1.Event.Offers.offers: object expected");
                            message.offers[i] = $root.drover.v1.Offer.fromObject(object.offers[i], _depth + 1);
                        }
                    }
                    return message;
                };

                Offers.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.offers = [];
                    if (message.offers && message.offers.length) {
                        object.offers = $Array(message.offers.length);
                        for (let j = 0; j < message.offers.length; ++j)
                            object.offers[j] = $root.drover.v1.Offer.toObject(message.offers[j], options, _depth + 1);
                    }
                    return object;
                };

                Offers.prototype.toJSON = function() {
                    return Offers.toObject(this, $protobuf.util.toJSONOptions);
                };

                Offers.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Event.Offers";
                };

                return Offers;
            })();

            Event.Rescind = (function() {

                const Rescind = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Rescind.prototype.offerId = null;

                Rescind.create = function(properties) {
                    return new Rescind(properties);
                };

                Rescind.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                        $root.drover.v1.OfferID.encode(message.offerId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Rescind.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Event.Rescind();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.offerId = $root.drover.v1.OfferID.decode(reader, reader.size(), $undefined, _depth + 1, message.offerId);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Rescind.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Event.Rescind)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Event.Rescind: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Event.Rescind();
                    if (object.offerId != null) {
                        if (!$util.isObject(object.offerId))
                            throw $TypeError(".drover.v1.Event.Rescind.offerId: object expected");
                        message.offerId = $root.drover.v1.OfferID.fromObject(object.offerId, _depth + 1);
                    }
                    return message;
                };

                Rescind.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.offerId = null;
                    if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                        object.offerId = $root.drover.v1.OfferID.toObject(message.offerId, options, _depth + 1);
                    return object;
                };

                Rescind.prototype.toJSON = function() {
                    return Rescind.toObject(this, $protobuf.util.toJSONOptions);
                };

                Rescind.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Event.Rescind";
                };

                return Rescind;
            })();

            Event.Update = (function() {

                const Update = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Update.prototype.status = null;

                Update.create = function(properties) {
                    return new Update(properties);
                };

                Update.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.drover.v1.TaskStatus.encode(message.status, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Update.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Event.Update();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.drover.v1.TaskStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Update.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Event.Update)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Event.Update: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Event.Update();
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw $TypeError(".drover.v1.Event.Update.status: object expected");
                        message.status = $root.drover.v1.TaskStatus.fromObject(object.status, _depth + 1);
                    }
                    return message;
                };

                Update.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.status = null;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = $root.drover.v1.TaskStatus.toObject(message.status, options, _depth + 1);
                    return object;
                };

                Update.prototype.toJSON = function() {
                    return Update.toObject(this, $protobuf.util.toJSONOptions);
                };

                Update.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Event.Update";
                };

                return Update;
            })();

            Event.Message = (function() {

                const Message = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Message.prototype.agentId = null;
                Message.prototype.executorId = null;
                Message.prototype.data = $util.newBuffer([]);

                Message.create = function(properties) {
                    return new Message(properties);
                };

                Message.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        $root.drover.v1.ExecutorID.encode(message.executorId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(26).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Message.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Event.Message();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.executorId = $root.drover.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Message.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Event.Message)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Event.Message: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Event.Message();
                    if (object.agentId != null) {
                        if (!$util.isObject(object.agentId))
                            throw $TypeError(".drover.v1.Event.Message.agentId: object expected");
                        message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                    }
                    if (object.executorId != null) {
                        if (!$util.isObject(object.executorId))
                            throw $TypeError(".drover.v1.Event.Message.executorId: object expected");
                        message.executorId = $root.drover.v1.ExecutorID.fromObject(object.executorId, _depth + 1);
                    }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                Message.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.agentId = null;
                        object.executorId = null;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        object.executorId = $root.drover.v1.ExecutorID.toObject(message.executorId, options, _depth + 1);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Event.Message";
                };

                return Message;
            })();

            Event.Failure = (function() {

                const Failure = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Failure.prototype.agentId = null;
                Failure.prototype.executorId = null;
                Failure.prototype.status = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Failure.prototype, "_status", {
                    get: $util.oneOfGetter($oneOfFields = ["status"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Failure.create = function(properties) {
                    return new Failure(properties);
                };

                Failure.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        $root.drover.v1.ExecutorID.encode(message.executorId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(24).int32(message.status);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Failure.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Event.Failure();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.executorId = $root.drover.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.status = reader.int32();
                                message._status = "status";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Failure.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Event.Failure)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Event.Failure: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Event.Failure();
                    if (object.agentId != null) {
                        if (!$util.isObject(object.agentId))
                            throw $TypeError(".drover.v1.Event.Failure.agentId: object expected");
                        message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                    }
                    if (object.executorId != null) {
                        if (!$util.isObject(object.executorId))
                            throw $TypeError(".drover.v1.Event.Failure.executorId: object expected");
                        message.executorId = $root.drover.v1.ExecutorID.fromObject(object.executorId, _depth + 1);
                    }
                    if (object.status != null)
                        message.status = object.status | 0;
                    return message;
                };

                Failure.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.agentId = null;
                        object.executorId = null;
                    }
                    if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                        object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        object.executorId = $root.drover.v1.ExecutorID.toObject(message.executorId, options, _depth + 1);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    return object;
                };

                Failure.prototype.toJSON = function() {
                    return Failure.toObject(this, $protobuf.util.toJSONOptions);
                };

                Failure.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Event.Failure";
                };

                return Failure;
            })();

            Event.Error = (function() {

                const Error = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Error.prototype.message = "";
                Error.prototype.code = "";

                Error.create = function(properties) {
                    return new Error(properties);
                };

                Error.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(10).string(message.message);
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(18).string(message.code);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Error.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.Event.Error();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Error.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.Event.Error)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.Event.Error: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.Event.Error();
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    if (object.code != null)
                        if (typeof object.code !== "string" || object.code.length)
                            message.code = $String(object.code);
                    return message;
                };

                Error.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.message = "";
                        object.code = "";
                    }
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    return object;
                };

                Error.prototype.toJSON = function() {
                    return Error.toObject(this, $protobuf.util.toJSONOptions);
                };

                Error.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.Event.Error";
                };

                return Error;
            })();

            return Event;
        })();

        v1.TaskRecord = (function() {

            const TaskRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskRecord.prototype.task = null;
            TaskRecord.prototype.frameworkId = null;
            TaskRecord.prototype.state = 0;
            TaskRecord.prototype.latestStatus = null;

            TaskRecord.create = function(properties) {
                return new TaskRecord(properties);
            };

            TaskRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    $root.drover.v1.TaskInfo.encode(message.task, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(24).int32(message.state);
                if (message.latestStatus != null && $Object.hasOwnProperty.call(message, "latestStatus"))
                    $root.drover.v1.TaskStatus.encode(message.latestStatus, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.TaskRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.task = $root.drover.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.latestStatus = $root.drover.v1.TaskStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.latestStatus);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TaskRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.TaskRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.TaskRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.TaskRecord();
                if (object.task != null) {
                    if (!$util.isObject(object.task))
                        throw $TypeError(".drover.v1.TaskRecord.task: object expected");
                    message.task = $root.drover.v1.TaskInfo.fromObject(object.task, _depth + 1);
                }
                if (object.frameworkId != null) {
                    if (!$util.isObject(object.frameworkId))
                        throw $TypeError(".drover.v1.TaskRecord.frameworkId: object expected");
                    message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                }
                if (object.state !== 0 && (typeof object.state !== "string" || $root.drover.v1.TaskState[object.state] !== 0))
                    switch (object.state) {
                    case "TASK_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "TASK_STAGING":
                    case 1:
                        message.state = 1;
                        break;
                    case "TASK_STARTING":
                    case 2:
                        message.state = 2;
                        break;
                    case "TASK_RUNNING":
                    case 3:
                        message.state = 3;
                        break;
                    case "TASK_KILLING":
                    case 4:
                        message.state = 4;
                        break;
                    case "TASK_FINISHED":
                    case 5:
                        message.state = 5;
                        break;
                    case "TASK_FAILED":
                    case 6:
                        message.state = 6;
                        break;
                    case "TASK_KILLED":
                    case 7:
                        message.state = 7;
                        break;
                    case "TASK_ERROR":
                    case 8:
                        message.state = 8;
                        break;
                    case "TASK_LOST":
                    case 9:
                        message.state = 9;
                        break;
                    case "TASK_DROPPED":
                    case 10:
                        message.state = 10;
                        break;
                    case "TASK_UNREACHABLE":
                    case 11:
                        message.state = 11;
                        break;
                    case "TASK_GONE":
                    case 12:
                        message.state = 12;
                        break;
                    case "TASK_GONE_BY_OPERATOR":
                    case 13:
                        message.state = 13;
                        break;
                    case "TASK_UNKNOWN":
                    case 14:
                        message.state = 14;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.latestStatus != null) {
                    if (!$util.isObject(object.latestStatus))
                        throw $TypeError(".drover.v1.TaskRecord.latestStatus: object expected");
                    message.latestStatus = $root.drover.v1.TaskStatus.fromObject(object.latestStatus, _depth + 1);
                }
                return message;
            };

            TaskRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.task = null;
                    object.frameworkId = null;
                    object.state = options.enums === $String ? "TASK_STATE_UNSPECIFIED" : 0;
                    object.latestStatus = null;
                }
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    object.task = $root.drover.v1.TaskInfo.toObject(message.task, options, _depth + 1);
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.drover.v1.TaskState[message.state] === $undefined ? message.state : $root.drover.v1.TaskState[message.state] : message.state;
                if (message.latestStatus != null && $Object.hasOwnProperty.call(message, "latestStatus"))
                    object.latestStatus = $root.drover.v1.TaskStatus.toObject(message.latestStatus, options, _depth + 1);
                return object;
            };

            TaskRecord.prototype.toJSON = function() {
                return TaskRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            TaskRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.TaskRecord";
            };

            return TaskRecord;
        })();

        v1.AgentMessage = (function() {

            const AgentMessage = function (properties) {
                this.statusUpdates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentMessage.prototype.type = 0;
            AgentMessage.prototype.agentId = null;
            AgentMessage.prototype.register = null;
            AgentMessage.prototype.reregister = null;
            AgentMessage.prototype.statusUpdates = $util.emptyArray;
            AgentMessage.prototype.executorToFramework = null;

            AgentMessage.create = function(properties) {
                return new AgentMessage(properties);
            };

            AgentMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                    $root.drover.v1.AgentMessage.Register.encode(message.register, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.reregister != null && $Object.hasOwnProperty.call(message, "reregister"))
                    $root.drover.v1.AgentMessage.Reregister.encode(message.reregister, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.statusUpdates != null && message.statusUpdates.length)
                    for (let i = 0; i < message.statusUpdates.length; ++i)
                        $root.drover.v1.AgentMessage.StatusUpdate.encode(message.statusUpdates[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.executorToFramework != null && $Object.hasOwnProperty.call(message, "executorToFramework"))
                    $root.drover.v1.AgentMessage.ExecutorToFramework.encode(message.executorToFramework, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.AgentMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.register = $root.drover.v1.AgentMessage.Register.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.reregister = $root.drover.v1.AgentMessage.Reregister.decode(reader, reader.size(), $undefined, _depth + 1, message.reregister);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.statusUpdates && message.statusUpdates.length))
                                message.statusUpdates = [];
                            message.statusUpdates.push($root.drover.v1.AgentMessage.StatusUpdate.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.executorToFramework = $root.drover.v1.AgentMessage.ExecutorToFramework.decode(reader, reader.size(), $undefined, _depth + 1, message.executorToFramework);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.AgentMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.AgentMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.AgentMessage();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.AgentMessage.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "REGISTER":
                    case 1:
                        message.type = 1;
                        break;
                    case "REREGISTER":
                    case 2:
                        message.type = 2;
                        break;
                    case "STATUS_UPDATE":
                    case 3:
                        message.type = 3;
                        break;
                    case "EXECUTOR_TO_FRAMEWORK":
                    case 4:
                        message.type = 4;
                        break;
                    case "UNREGISTER":
                    case 5:
                        message.type = 5;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.agentId != null) {
                    if (!$util.isObject(object.agentId))
                        throw $TypeError(".drover.v1.AgentMessage.agentId: object expected");
                    message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                }
                if (object.register != null) {
                    if (!$util.isObject(object.register))
                        throw $TypeError(".drover.v1.AgentMessage.register: object expected");
                    message.register = $root.drover.v1.AgentMessage.Register.fromObject(object.register, _depth + 1);
                }
                if (object.reregister != null) {
                    if (!$util.isObject(object.reregister))
                        throw $TypeError(".drover.v1.AgentMessage.reregister: object expected");
                    message.reregister = $root.drover.v1.AgentMessage.Reregister.fromObject(object.reregister, _depth + 1);
                }
                if (object.statusUpdates) {
                    if (!$Array.isArray(object.statusUpdates))
                        throw $TypeError(".drover.v1.AgentMessage.statusUpdates: array expected");
                    message.statusUpdates = $Array(object.statusUpdates.length);
                    for (let i = 0; i < object.statusUpdates.length; ++i) {
                        if (!$util.isObject(object.statusUpdates[i]))
                            throw $TypeError(".drover.v1.AgentMessage.statusUpdates: object expected");
                        message.statusUpdates[i] = $root.drover.v1.AgentMessage.StatusUpdate.fromObject(object.statusUpdates[i], _depth + 1);
                    }
                }
                if (object.executorToFramework != null) {
                    if (!$util.isObject(object.executorToFramework))
                        throw $TypeError(".drover.v1.AgentMessage.executorToFramework: object expected");
                    message.executorToFramework = $root.drover.v1.AgentMessage.ExecutorToFramework.fromObject(object.executorToFramework, _depth + 1);
                }
                return message;
            };

            AgentMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.statusUpdates = [];
                if (options.defaults) {
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    object.agentId = null;
                    object.register = null;
                    object.reregister = null;
                    object.executorToFramework = null;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.AgentMessage.Type[message.type] === $undefined ? message.type : $root.drover.v1.AgentMessage.Type[message.type] : message.type;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                    object.register = $root.drover.v1.AgentMessage.Register.toObject(message.register, options, _depth + 1);
                if (message.reregister != null && $Object.hasOwnProperty.call(message, "reregister"))
                    object.reregister = $root.drover.v1.AgentMessage.Reregister.toObject(message.reregister, options, _depth + 1);
                if (message.statusUpdates && message.statusUpdates.length) {
                    object.statusUpdates = $Array(message.statusUpdates.length);
                    for (let j = 0; j < message.statusUpdates.length; ++j)
                        object.statusUpdates[j] = $root.drover.v1.AgentMessage.StatusUpdate.toObject(message.statusUpdates[j], options, _depth + 1);
                }
                if (message.executorToFramework != null && $Object.hasOwnProperty.call(message, "executorToFramework"))
                    object.executorToFramework = $root.drover.v1.AgentMessage.ExecutorToFramework.toObject(message.executorToFramework, options, _depth + 1);
                return object;
            };

            AgentMessage.prototype.toJSON = function() {
                return AgentMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            AgentMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.AgentMessage";
            };

            AgentMessage.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REGISTER"] = 1;
                values[valuesById[2] = "REREGISTER"] = 2;
                values[valuesById[3] = "STATUS_UPDATE"] = 3;
                values[valuesById[4] = "EXECUTOR_TO_FRAMEWORK"] = 4;
                values[valuesById[5] = "UNREGISTER"] = 5;
                return values;
            })();

            AgentMessage.Register = (function() {

                const Register = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Register.prototype.agentInfo = null;

                Register.create = function(properties) {
                    return new Register(properties);
                };

                Register.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agentInfo != null && $Object.hasOwnProperty.call(message, "agentInfo"))
                        $root.drover.v1.AgentInfo.encode(message.agentInfo, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Register.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentMessage.Register();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.agentInfo = $root.drover.v1.AgentInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.agentInfo);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Register.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentMessage.Register)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentMessage.Register: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentMessage.Register();
                    if (object.agentInfo != null) {
                        if (!$util.isObject(object.agentInfo))
                            throw $TypeError(".drover.v1.AgentMessage.Register.agentInfo: object expected");
                        message.agentInfo = $root.drover.v1.AgentInfo.fromObject(object.agentInfo, _depth + 1);
                    }
                    return message;
                };

                Register.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.agentInfo = null;
                    if (message.agentInfo != null && $Object.hasOwnProperty.call(message, "agentInfo"))
                        object.agentInfo = $root.drover.v1.AgentInfo.toObject(message.agentInfo, options, _depth + 1);
                    return object;
                };

                Register.prototype.toJSON = function() {
                    return Register.toObject(this, $protobuf.util.toJSONOptions);
                };

                Register.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentMessage.Register";
                };

                return Register;
            })();

            AgentMessage.Reregister = (function() {

                const Reregister = function (properties) {
                    this.tasks = [];
                    this.frameworks = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Reregister.prototype.agentInfo = null;
                Reregister.prototype.tasks = $util.emptyArray;
                Reregister.prototype.frameworks = $util.emptyArray;

                Reregister.create = function(properties) {
                    return new Reregister(properties);
                };

                Reregister.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agentInfo != null && $Object.hasOwnProperty.call(message, "agentInfo"))
                        $root.drover.v1.AgentInfo.encode(message.agentInfo, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.tasks != null && message.tasks.length)
                        for (let i = 0; i < message.tasks.length; ++i)
                            $root.drover.v1.TaskRecord.encode(message.tasks[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.frameworks != null && message.frameworks.length)
                        for (let i = 0; i < message.frameworks.length; ++i)
                            $root.drover.v1.FrameworkInfo.encode(message.frameworks[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Reregister.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentMessage.Reregister();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.agentInfo = $root.drover.v1.AgentInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.agentInfo);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tasks && message.tasks.length))
                                    message.tasks = [];
                                message.tasks.push($root.drover.v1.TaskRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.frameworks && message.frameworks.length))
                                    message.frameworks = [];
                                message.frameworks.push($root.drover.v1.FrameworkInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Reregister.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentMessage.Reregister)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentMessage.Reregister: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentMessage.Reregister();
                    if (object.agentInfo != null) {
                        if (!$util.isObject(object.agentInfo))
                            throw $TypeError(".drover.v1.AgentMessage.Reregister.agentInfo: object expected");
                        message.agentInfo = $root.drover.v1.AgentInfo.fromObject(object.agentInfo, _depth + 1);
                    }
                    if (object.tasks) {
                        if (!$Array.isArray(object.tasks))
                            throw $TypeError(".drover.v1.AgentMessage.Reregister.tasks: array expected");
                        message.tasks = $Array(object.tasks.length);
                        for (let i = 0; i < object.tasks.length; ++i) {
                            if (!$util.isObject(object.tasks[i]))
                                throw $TypeError(".drover.v1.AgentMessage.Reregister.tasks: object expected");
                            message.tasks[i] = $root.drover.v1.TaskRecord.fromObject(object.tasks[i], _depth + 1);
                        }
                    }
                    if (object.frameworks) {
                        if (!$Array.isArray(object.frameworks))
                            throw $TypeError(".drover.v1.AgentMessage.Reregister.frameworks: array expected");
                        message.frameworks = $Array(object.frameworks.length);
                        for (let i = 0; i < object.frameworks.length; ++i) {
                            if (!$util.isObject(object.frameworks[i]))
                                throw $TypeError(".drover.v1.AgentMessage.Reregister.frameworks: object expected");
                            message.frameworks[i] = $root.drover.v1.FrameworkInfo.fromObject(object.frameworks[i], _depth + 1);
                        }
                    }
                    return message;
                };

                Reregister.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.tasks = [];
                        object.frameworks = [];
                    }
                    if (options.defaults)
                        object.agentInfo = null;
                    if (message.agentInfo != null && $Object.hasOwnProperty.call(message, "agentInfo"))
                        object.agentInfo = $root.drover.v1.AgentInfo.toObject(message.agentInfo, options, _depth + 1);
                    if (message.tasks && message.tasks.length) {
                        object.tasks = $Array(message.tasks.length);
                        for (let j = 0; j < message.tasks.length; ++j)
                            object.tasks[j] = $root.drover.v1.TaskRecord.toObject(message.tasks[j], options, _depth + 1);
                    }
                    if (message.frameworks && message.frameworks.length) {
                        object.frameworks = $Array(message.frameworks.length);
                        for (let j = 0; j < message.frameworks.length; ++j)
                            object.frameworks[j] = $root.drover.v1.FrameworkInfo.toObject(message.frameworks[j], options, _depth + 1);
                    }
                    return object;
                };

                Reregister.prototype.toJSON = function() {
                    return Reregister.toObject(this, $protobuf.util.toJSONOptions);
                };

                Reregister.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentMessage.Reregister";
                };

                return Reregister;
            })();

            AgentMessage.StatusUpdate = (function() {

                const StatusUpdate = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                StatusUpdate.prototype.frameworkId = null;
                StatusUpdate.prototype.status = null;

                StatusUpdate.create = function(properties) {
                    return new StatusUpdate(properties);
                };

                StatusUpdate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.drover.v1.TaskStatus.encode(message.status, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                StatusUpdate.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentMessage.StatusUpdate();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.drover.v1.TaskStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                StatusUpdate.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentMessage.StatusUpdate)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentMessage.StatusUpdate: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentMessage.StatusUpdate();
                    if (object.frameworkId != null) {
                        if (!$util.isObject(object.frameworkId))
                            throw $TypeError(".drover.v1.AgentMessage.StatusUpdate.frameworkId: object expected");
                        message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                    }
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw $TypeError(".drover.v1.AgentMessage.StatusUpdate.status: object expected");
                        message.status = $root.drover.v1.TaskStatus.fromObject(object.status, _depth + 1);
                    }
                    return message;
                };

                StatusUpdate.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.frameworkId = null;
                        object.status = null;
                    }
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = $root.drover.v1.TaskStatus.toObject(message.status, options, _depth + 1);
                    return object;
                };

                StatusUpdate.prototype.toJSON = function() {
                    return StatusUpdate.toObject(this, $protobuf.util.toJSONOptions);
                };

                StatusUpdate.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentMessage.StatusUpdate";
                };

                return StatusUpdate;
            })();

            AgentMessage.ExecutorToFramework = (function() {

                const ExecutorToFramework = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ExecutorToFramework.prototype.frameworkId = null;
                ExecutorToFramework.prototype.executorId = null;
                ExecutorToFramework.prototype.data = $util.newBuffer([]);

                ExecutorToFramework.create = function(properties) {
                    return new ExecutorToFramework(properties);
                };

                ExecutorToFramework.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        $root.drover.v1.ExecutorID.encode(message.executorId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(26).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ExecutorToFramework.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentMessage.ExecutorToFramework();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.executorId = $root.drover.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ExecutorToFramework.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentMessage.ExecutorToFramework)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentMessage.ExecutorToFramework: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentMessage.ExecutorToFramework();
                    if (object.frameworkId != null) {
                        if (!$util.isObject(object.frameworkId))
                            throw $TypeError(".drover.v1.AgentMessage.ExecutorToFramework.frameworkId: object expected");
                        message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                    }
                    if (object.executorId != null) {
                        if (!$util.isObject(object.executorId))
                            throw $TypeError(".drover.v1.AgentMessage.ExecutorToFramework.executorId: object expected");
                        message.executorId = $root.drover.v1.ExecutorID.fromObject(object.executorId, _depth + 1);
                    }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                ExecutorToFramework.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.frameworkId = null;
                        object.executorId = null;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        object.executorId = $root.drover.v1.ExecutorID.toObject(message.executorId, options, _depth + 1);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                ExecutorToFramework.prototype.toJSON = function() {
                    return ExecutorToFramework.toObject(this, $protobuf.util.toJSONOptions);
                };

                ExecutorToFramework.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentMessage.ExecutorToFramework";
                };

                return ExecutorToFramework;
            })();

            return AgentMessage;
        })();

        v1.AgentMessageResponse = (function() {

            const AgentMessageResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentMessageResponse.prototype.ok = false;
            AgentMessageResponse.prototype.errorCode = "";
            AgentMessageResponse.prototype.errorMessage = "";
            AgentMessageResponse.prototype.agentId = null;
            AgentMessageResponse.prototype.masterInfo = null;
            AgentMessageResponse.prototype.pingIntervalSeconds = 0;
            AgentMessageResponse.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            AgentMessageResponse.create = function(properties) {
                return new AgentMessageResponse(properties);
            };

            AgentMessageResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(8).bool(message.ok);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(18).string(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                    writer.uint32(26).string(message.errorMessage);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.masterInfo != null && $Object.hasOwnProperty.call(message, "masterInfo"))
                    $root.drover.v1.MasterInfo.encode(message.masterInfo, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.pingIntervalSeconds != null && $Object.hasOwnProperty.call(message, "pingIntervalSeconds") && !$Object.is(message.pingIntervalSeconds, 0))
                    writer.uint32(49).double(message.pingIntervalSeconds);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(56).uint64(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentMessageResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.AgentMessageResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorMessage = value;
                            else
                                delete message.errorMessage;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.masterInfo = $root.drover.v1.MasterInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.masterInfo);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.pingIntervalSeconds = value;
                            else
                                delete message.pingIntervalSeconds;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentMessageResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.AgentMessageResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.AgentMessageResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.AgentMessageResponse();
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.errorCode != null)
                    if (typeof object.errorCode !== "string" || object.errorCode.length)
                        message.errorCode = $String(object.errorCode);
                if (object.errorMessage != null)
                    if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                        message.errorMessage = $String(object.errorMessage);
                if (object.agentId != null) {
                    if (!$util.isObject(object.agentId))
                        throw $TypeError(".drover.v1.AgentMessageResponse.agentId: object expected");
                    message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                }
                if (object.masterInfo != null) {
                    if (!$util.isObject(object.masterInfo))
                        throw $TypeError(".drover.v1.AgentMessageResponse.masterInfo: object expected");
                    message.masterInfo = $root.drover.v1.MasterInfo.fromObject(object.masterInfo, _depth + 1);
                }
                if (object.pingIntervalSeconds != null)
                    if (!$Object.is($Number(object.pingIntervalSeconds), 0))
                        message.pingIntervalSeconds = $Number(object.pingIntervalSeconds);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                return message;
            };

            AgentMessageResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ok = false;
                    object.errorCode = "";
                    object.errorMessage = "";
                    object.agentId = null;
                    object.masterInfo = null;
                    object.pingIntervalSeconds = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    object.errorCode = message.errorCode;
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    object.errorMessage = message.errorMessage;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                if (message.masterInfo != null && $Object.hasOwnProperty.call(message, "masterInfo"))
                    object.masterInfo = $root.drover.v1.MasterInfo.toObject(message.masterInfo, options, _depth + 1);
                if (message.pingIntervalSeconds != null && $Object.hasOwnProperty.call(message, "pingIntervalSeconds"))
                    object.pingIntervalSeconds = options.json && !$isFinite(message.pingIntervalSeconds) ? $String(message.pingIntervalSeconds) : message.pingIntervalSeconds;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                return object;
            };

            AgentMessageResponse.prototype.toJSON = function() {
                return AgentMessageResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            AgentMessageResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.AgentMessageResponse";
            };

            return AgentMessageResponse;
        })();

        v1.AgentCommand = (function() {

            const AgentCommand = function (properties) {
                this.runTasks = [];
                this.acknowledgements = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentCommand.prototype.type = 0;
            AgentCommand.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AgentCommand.prototype.agentId = null;
            AgentCommand.prototype.runTasks = $util.emptyArray;
            AgentCommand.prototype.killTask = null;
            AgentCommand.prototype.acknowledgements = $util.emptyArray;
            AgentCommand.prototype.frameworkToExecutor = null;
            AgentCommand.prototype.shutdownFramework = null;
            AgentCommand.prototype.shutdown = null;
            AgentCommand.prototype.reconcileTasks = null;

            AgentCommand.create = function(properties) {
                return new AgentCommand(properties);
            };

            AgentCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(16).uint64(message.epoch);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    $root.drover.v1.AgentID.encode(message.agentId, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.runTasks != null && message.runTasks.length)
                    for (let i = 0; i < message.runTasks.length; ++i)
                        $root.drover.v1.AgentCommand.RunTask.encode(message.runTasks[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.killTask != null && $Object.hasOwnProperty.call(message, "killTask"))
                    $root.drover.v1.AgentCommand.KillTask.encode(message.killTask, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.acknowledgements != null && message.acknowledgements.length)
                    for (let i = 0; i < message.acknowledgements.length; ++i)
                        $root.drover.v1.AgentCommand.Acknowledge.encode(message.acknowledgements[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.frameworkToExecutor != null && $Object.hasOwnProperty.call(message, "frameworkToExecutor"))
                    $root.drover.v1.AgentCommand.FrameworkToExecutor.encode(message.frameworkToExecutor, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.shutdownFramework != null && $Object.hasOwnProperty.call(message, "shutdownFramework"))
                    $root.drover.v1.AgentCommand.ShutdownFramework.encode(message.shutdownFramework, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                    $root.drover.v1.AgentCommand.Shutdown.encode(message.shutdown, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.reconcileTasks != null && $Object.hasOwnProperty.call(message, "reconcileTasks"))
                    $root.drover.v1.AgentCommand.ReconcileTasks.encode(message.reconcileTasks, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.AgentCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.agentId = $root.drover.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agentId);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.runTasks && message.runTasks.length))
                                message.runTasks = [];
                            message.runTasks.push($root.drover.v1.AgentCommand.RunTask.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.killTask = $root.drover.v1.AgentCommand.KillTask.decode(reader, reader.size(), $undefined, _depth + 1, message.killTask);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.acknowledgements && message.acknowledgements.length))
                                message.acknowledgements = [];
                            message.acknowledgements.push($root.drover.v1.AgentCommand.Acknowledge.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.frameworkToExecutor = $root.drover.v1.AgentCommand.FrameworkToExecutor.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkToExecutor);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.shutdownFramework = $root.drover.v1.AgentCommand.ShutdownFramework.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdownFramework);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.shutdown = $root.drover.v1.AgentCommand.Shutdown.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdown);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.reconcileTasks = $root.drover.v1.AgentCommand.ReconcileTasks.decode(reader, reader.size(), $undefined, _depth + 1, message.reconcileTasks);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.AgentCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.AgentCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.AgentCommand();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.AgentCommand.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "PING":
                    case 1:
                        message.type = 1;
                        break;
                    case "RUN_TASK":
                    case 2:
                        message.type = 2;
                        break;
                    case "KILL_TASK":
                    case 3:
                        message.type = 3;
                        break;
                    case "ACKNOWLEDGE":
                    case 4:
                        message.type = 4;
                        break;
                    case "FRAMEWORK_TO_EXECUTOR":
                    case 5:
                        message.type = 5;
                        break;
                    case "SHUTDOWN_FRAMEWORK":
                    case 6:
                        message.type = 6;
                        break;
                    case "SHUTDOWN":
                    case 7:
                        message.type = 7;
                        break;
                    case "RECONCILE_TASKS":
                    case 8:
                        message.type = 8;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.agentId != null) {
                    if (!$util.isObject(object.agentId))
                        throw $TypeError(".drover.v1.AgentCommand.agentId: object expected");
                    message.agentId = $root.drover.v1.AgentID.fromObject(object.agentId, _depth + 1);
                }
                if (object.runTasks) {
                    if (!$Array.isArray(object.runTasks))
                        throw $TypeError(".drover.v1.AgentCommand.runTasks: array expected");
                    message.runTasks = $Array(object.runTasks.length);
                    for (let i = 0; i < object.runTasks.length; ++i) {
                        if (!$util.isObject(object.runTasks[i]))
                            throw $TypeError(".drover.v1.AgentCommand.runTasks: object expected");
                        message.runTasks[i] = $root.drover.v1.AgentCommand.RunTask.fromObject(object.runTasks[i], _depth + 1);
                    }
                }
                if (object.killTask != null) {
                    if (!$util.isObject(object.killTask))
                        throw $TypeError(".drover.v1.AgentCommand.killTask: object expected");
                    message.killTask = $root.drover.v1.AgentCommand.KillTask.fromObject(object.killTask, _depth + 1);
                }
                if (object.acknowledgements) {
                    if (!$Array.isArray(object.acknowledgements))
                        throw $TypeError(".drover.v1.AgentCommand.acknowledgements: array expected");
                    message.acknowledgements = $Array(object.acknowledgements.length);
                    for (let i = 0; i < object.acknowledgements.length; ++i) {
                        if (!$util.isObject(object.acknowledgements[i]))
                            throw $TypeError(".drover.v1.AgentCommand.acknowledgements: object expected");
                        message.acknowledgements[i] = $root.drover.v1.AgentCommand.Acknowledge.fromObject(object.acknowledgements[i], _depth + 1);
                    }
                }
                if (object.frameworkToExecutor != null) {
                    if (!$util.isObject(object.frameworkToExecutor))
                        throw $TypeError(".drover.v1.AgentCommand.frameworkToExecutor: object expected");
                    message.frameworkToExecutor = $root.drover.v1.AgentCommand.FrameworkToExecutor.fromObject(object.frameworkToExecutor, _depth + 1);
                }
                if (object.shutdownFramework != null) {
                    if (!$util.isObject(object.shutdownFramework))
                        throw $TypeError(".drover.v1.AgentCommand.shutdownFramework: object expected");
                    message.shutdownFramework = $root.drover.v1.AgentCommand.ShutdownFramework.fromObject(object.shutdownFramework, _depth + 1);
                }
                if (object.shutdown != null) {
                    if (!$util.isObject(object.shutdown))
                        throw $TypeError(".drover.v1.AgentCommand.shutdown: object expected");
                    message.shutdown = $root.drover.v1.AgentCommand.Shutdown.fromObject(object.shutdown, _depth + 1);
                }
                if (object.reconcileTasks != null) {
                    if (!$util.isObject(object.reconcileTasks))
                        throw $TypeError(".drover.v1.AgentCommand.reconcileTasks: object expected");
                    message.reconcileTasks = $root.drover.v1.AgentCommand.ReconcileTasks.fromObject(object.reconcileTasks, _depth + 1);
                }
                return message;
            };

            AgentCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.runTasks = [];
                    object.acknowledgements = [];
                }
                if (options.defaults) {
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.agentId = null;
                    object.killTask = null;
                    object.frameworkToExecutor = null;
                    object.shutdownFramework = null;
                    object.shutdown = null;
                    object.reconcileTasks = null;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.AgentCommand.Type[message.type] === $undefined ? message.type : $root.drover.v1.AgentCommand.Type[message.type] : message.type;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = $root.drover.v1.AgentID.toObject(message.agentId, options, _depth + 1);
                if (message.runTasks && message.runTasks.length) {
                    object.runTasks = $Array(message.runTasks.length);
                    for (let j = 0; j < message.runTasks.length; ++j)
                        object.runTasks[j] = $root.drover.v1.AgentCommand.RunTask.toObject(message.runTasks[j], options, _depth + 1);
                }
                if (message.killTask != null && $Object.hasOwnProperty.call(message, "killTask"))
                    object.killTask = $root.drover.v1.AgentCommand.KillTask.toObject(message.killTask, options, _depth + 1);
                if (message.acknowledgements && message.acknowledgements.length) {
                    object.acknowledgements = $Array(message.acknowledgements.length);
                    for (let j = 0; j < message.acknowledgements.length; ++j)
                        object.acknowledgements[j] = $root.drover.v1.AgentCommand.Acknowledge.toObject(message.acknowledgements[j], options, _depth + 1);
                }
                if (message.frameworkToExecutor != null && $Object.hasOwnProperty.call(message, "frameworkToExecutor"))
                    object.frameworkToExecutor = $root.drover.v1.AgentCommand.FrameworkToExecutor.toObject(message.frameworkToExecutor, options, _depth + 1);
                if (message.shutdownFramework != null && $Object.hasOwnProperty.call(message, "shutdownFramework"))
                    object.shutdownFramework = $root.drover.v1.AgentCommand.ShutdownFramework.toObject(message.shutdownFramework, options, _depth + 1);
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                    object.shutdown = $root.drover.v1.AgentCommand.Shutdown.toObject(message.shutdown, options, _depth + 1);
                if (message.reconcileTasks != null && $Object.hasOwnProperty.call(message, "reconcileTasks"))
                    object.reconcileTasks = $root.drover.v1.AgentCommand.ReconcileTasks.toObject(message.reconcileTasks, options, _depth + 1);
                return object;
            };

            AgentCommand.prototype.toJSON = function() {
                return AgentCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            AgentCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.AgentCommand";
            };

            AgentCommand.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PING"] = 1;
                values[valuesById[2] = "RUN_TASK"] = 2;
                values[valuesById[3] = "KILL_TASK"] = 3;
                values[valuesById[4] = "ACKNOWLEDGE"] = 4;
                values[valuesById[5] = "FRAMEWORK_TO_EXECUTOR"] = 5;
                values[valuesById[6] = "SHUTDOWN_FRAMEWORK"] = 6;
                values[valuesById[7] = "SHUTDOWN"] = 7;
                values[valuesById[8] = "RECONCILE_TASKS"] = 8;
                return values;
            })();

            AgentCommand.RunTask = (function() {

                const RunTask = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RunTask.prototype.framework = null;
                RunTask.prototype.task = null;

                RunTask.create = function(properties) {
                    return new RunTask(properties);
                };

                RunTask.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.framework != null && $Object.hasOwnProperty.call(message, "framework"))
                        $root.drover.v1.FrameworkInfo.encode(message.framework, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                        $root.drover.v1.TaskInfo.encode(message.task, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RunTask.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentCommand.RunTask();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.framework = $root.drover.v1.FrameworkInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.framework);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.task = $root.drover.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                RunTask.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentCommand.RunTask)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentCommand.RunTask: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentCommand.RunTask();
                    if (object.framework != null) {
                        if (!$util.isObject(object.framework))
                            throw $TypeError(".drover.v1.AgentCommand.RunTask.framework: object expected");
                        message.framework = $root.drover.v1.FrameworkInfo.fromObject(object.framework, _depth + 1);
                    }
                    if (object.task != null) {
                        if (!$util.isObject(object.task))
                            throw $TypeError(".drover.v1.AgentCommand.RunTask.task: object expected");
                        message.task = $root.drover.v1.TaskInfo.fromObject(object.task, _depth + 1);
                    }
                    return message;
                };

                RunTask.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.framework = null;
                        object.task = null;
                    }
                    if (message.framework != null && $Object.hasOwnProperty.call(message, "framework"))
                        object.framework = $root.drover.v1.FrameworkInfo.toObject(message.framework, options, _depth + 1);
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                        object.task = $root.drover.v1.TaskInfo.toObject(message.task, options, _depth + 1);
                    return object;
                };

                RunTask.prototype.toJSON = function() {
                    return RunTask.toObject(this, $protobuf.util.toJSONOptions);
                };

                RunTask.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentCommand.RunTask";
                };

                return RunTask;
            })();

            AgentCommand.KillTask = (function() {

                const KillTask = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                KillTask.prototype.frameworkId = null;
                KillTask.prototype.taskId = null;
                KillTask.prototype.killPolicy = null;

                KillTask.create = function(properties) {
                    return new KillTask(properties);
                };

                KillTask.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        $root.drover.v1.TaskID.encode(message.taskId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.killPolicy != null && $Object.hasOwnProperty.call(message, "killPolicy"))
                        $root.drover.v1.KillPolicy.encode(message.killPolicy, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                KillTask.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentCommand.KillTask();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.taskId = $root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.killPolicy = $root.drover.v1.KillPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.killPolicy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                KillTask.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentCommand.KillTask)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentCommand.KillTask: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentCommand.KillTask();
                    if (object.frameworkId != null) {
                        if (!$util.isObject(object.frameworkId))
                            throw $TypeError(".drover.v1.AgentCommand.KillTask.frameworkId: object expected");
                        message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                    }
                    if (object.taskId != null) {
                        if (!$util.isObject(object.taskId))
                            throw $TypeError(".drover.v1.AgentCommand.KillTask.taskId: object expected");
                        message.taskId = $root.drover.v1.TaskID.fromObject(object.taskId, _depth + 1);
                    }
                    if (object.killPolicy != null) {
                        if (!$util.isObject(object.killPolicy))
                            throw $TypeError(".drover.v1.AgentCommand.KillTask.killPolicy: object expected");
                        message.killPolicy = $root.drover.v1.KillPolicy.fromObject(object.killPolicy, _depth + 1);
                    }
                    return message;
                };

                KillTask.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.frameworkId = null;
                        object.taskId = null;
                        object.killPolicy = null;
                    }
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        object.taskId = $root.drover.v1.TaskID.toObject(message.taskId, options, _depth + 1);
                    if (message.killPolicy != null && $Object.hasOwnProperty.call(message, "killPolicy"))
                        object.killPolicy = $root.drover.v1.KillPolicy.toObject(message.killPolicy, options, _depth + 1);
                    return object;
                };

                KillTask.prototype.toJSON = function() {
                    return KillTask.toObject(this, $protobuf.util.toJSONOptions);
                };

                KillTask.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentCommand.KillTask";
                };

                return KillTask;
            })();

            AgentCommand.Acknowledge = (function() {

                const Acknowledge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Acknowledge.prototype.frameworkId = null;
                Acknowledge.prototype.taskId = null;
                Acknowledge.prototype.uuid = $util.newBuffer([]);

                Acknowledge.create = function(properties) {
                    return new Acknowledge(properties);
                };

                Acknowledge.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        $root.drover.v1.TaskID.encode(message.taskId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid.length)
                        writer.uint32(26).bytes(message.uuid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Acknowledge.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentCommand.Acknowledge();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.taskId = $root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.uuid = value;
                                else
                                    delete message.uuid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Acknowledge.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentCommand.Acknowledge)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentCommand.Acknowledge: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentCommand.Acknowledge();
                    if (object.frameworkId != null) {
                        if (!$util.isObject(object.frameworkId))
                            throw $TypeError(".drover.v1.AgentCommand.Acknowledge.frameworkId: object expected");
                        message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                    }
                    if (object.taskId != null) {
                        if (!$util.isObject(object.taskId))
                            throw $TypeError(".drover.v1.AgentCommand.Acknowledge.taskId: object expected");
                        message.taskId = $root.drover.v1.TaskID.fromObject(object.taskId, _depth + 1);
                    }
                    if (object.uuid != null)
                        if (object.uuid.length)
                            if (typeof object.uuid === "string")
                                $util.base64.decode(object.uuid, message.uuid = $util.newBuffer($util.base64.length(object.uuid)), 0);
                            else if (object.uuid.length >= 0)
                                message.uuid = object.uuid;
                    return message;
                };

                Acknowledge.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.frameworkId = null;
                        object.taskId = null;
                        if (options.bytes === $String)
                            object.uuid = "";
                        else {
                            object.uuid = [];
                            if (options.bytes !== $Array)
                                object.uuid = $util.newBuffer(object.uuid);
                        }
                    }
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        object.taskId = $root.drover.v1.TaskID.toObject(message.taskId, options, _depth + 1);
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        object.uuid = options.bytes === $String ? $util.base64.encode(message.uuid, 0, message.uuid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.uuid) : message.uuid;
                    return object;
                };

                Acknowledge.prototype.toJSON = function() {
                    return Acknowledge.toObject(this, $protobuf.util.toJSONOptions);
                };

                Acknowledge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentCommand.Acknowledge";
                };

                return Acknowledge;
            })();

            AgentCommand.FrameworkToExecutor = (function() {

                const FrameworkToExecutor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                FrameworkToExecutor.prototype.frameworkId = null;
                FrameworkToExecutor.prototype.executorId = null;
                FrameworkToExecutor.prototype.data = $util.newBuffer([]);

                FrameworkToExecutor.create = function(properties) {
                    return new FrameworkToExecutor(properties);
                };

                FrameworkToExecutor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        $root.drover.v1.ExecutorID.encode(message.executorId, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(26).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                FrameworkToExecutor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentCommand.FrameworkToExecutor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.executorId = $root.drover.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                FrameworkToExecutor.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentCommand.FrameworkToExecutor)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentCommand.FrameworkToExecutor: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentCommand.FrameworkToExecutor();
                    if (object.frameworkId != null) {
                        if (!$util.isObject(object.frameworkId))
                            throw $TypeError(".drover.v1.AgentCommand.FrameworkToExecutor.frameworkId: object expected");
                        message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                    }
                    if (object.executorId != null) {
                        if (!$util.isObject(object.executorId))
                            throw $TypeError(".drover.v1.AgentCommand.FrameworkToExecutor.executorId: object expected");
                        message.executorId = $root.drover.v1.ExecutorID.fromObject(object.executorId, _depth + 1);
                    }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                FrameworkToExecutor.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.frameworkId = null;
                        object.executorId = null;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                    if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                        object.executorId = $root.drover.v1.ExecutorID.toObject(message.executorId, options, _depth + 1);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                FrameworkToExecutor.prototype.toJSON = function() {
                    return FrameworkToExecutor.toObject(this, $protobuf.util.toJSONOptions);
                };

                FrameworkToExecutor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentCommand.FrameworkToExecutor";
                };

                return FrameworkToExecutor;
            })();

            AgentCommand.ShutdownFramework = (function() {

                const ShutdownFramework = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ShutdownFramework.prototype.frameworkId = null;

                ShutdownFramework.create = function(properties) {
                    return new ShutdownFramework(properties);
                };

                ShutdownFramework.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ShutdownFramework.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentCommand.ShutdownFramework();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ShutdownFramework.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentCommand.ShutdownFramework)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentCommand.ShutdownFramework: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentCommand.ShutdownFramework();
                    if (object.frameworkId != null) {
                        if (!$util.isObject(object.frameworkId))
                            throw $TypeError(".drover.v1.AgentCommand.ShutdownFramework.frameworkId: object expected");
                        message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                    }
                    return message;
                };

                ShutdownFramework.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.frameworkId = null;
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                    return object;
                };

                ShutdownFramework.prototype.toJSON = function() {
                    return ShutdownFramework.toObject(this, $protobuf.util.toJSONOptions);
                };

                ShutdownFramework.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentCommand.ShutdownFramework";
                };

                return ShutdownFramework;
            })();

            AgentCommand.Shutdown = (function() {

                const Shutdown = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Shutdown.prototype.message = "";

                Shutdown.create = function(properties) {
                    return new Shutdown(properties);
                };

                Shutdown.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(10).string(message.message);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Shutdown.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentCommand.Shutdown();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Shutdown.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentCommand.Shutdown)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentCommand.Shutdown: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentCommand.Shutdown();
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    return message;
                };

                Shutdown.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.message = "";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                Shutdown.prototype.toJSON = function() {
                    return Shutdown.toObject(this, $protobuf.util.toJSONOptions);
                };

                Shutdown.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentCommand.Shutdown";
                };

                return Shutdown;
            })();

            AgentCommand.ReconcileTasks = (function() {

                const ReconcileTasks = function (properties) {
                    this.taskIds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ReconcileTasks.prototype.frameworkId = null;
                ReconcileTasks.prototype.taskIds = $util.emptyArray;

                ReconcileTasks.create = function(properties) {
                    return new ReconcileTasks(properties);
                };

                ReconcileTasks.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.taskIds != null && message.taskIds.length)
                        for (let i = 0; i < message.taskIds.length; ++i)
                            $root.drover.v1.TaskID.encode(message.taskIds[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ReconcileTasks.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.AgentCommand.ReconcileTasks();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.taskIds && message.taskIds.length))
                                    message.taskIds = [];
                                message.taskIds.push($root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ReconcileTasks.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.AgentCommand.ReconcileTasks)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.AgentCommand.ReconcileTasks: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.AgentCommand.ReconcileTasks();
                    if (object.frameworkId != null) {
                        if (!$util.isObject(object.frameworkId))
                            throw $TypeError(".drover.v1.AgentCommand.ReconcileTasks.frameworkId: object expected");
                        message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                    }
                    if (object.taskIds) {
                        if (!$Array.isArray(object.taskIds))
                            throw $TypeError(".drover.v1.AgentCommand.ReconcileTasks.taskIds: array expected");
                        message.taskIds = $Array(object.taskIds.length);
                        for (let i = 0; i < object.taskIds.length; ++i) {
                            if (!$util.isObject(object.taskIds[i]))
                                throw $TypeError(".drover.v1.AgentCommand.ReconcileTasks.taskIds: object expected");
                            message.taskIds[i] = $root.drover.v1.TaskID.fromObject(object.taskIds[i], _depth + 1);
                        }
                    }
                    return message;
                };

                ReconcileTasks.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.taskIds = [];
                    if (options.defaults)
                        object.frameworkId = null;
                    if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                        object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                    if (message.taskIds && message.taskIds.length) {
                        object.taskIds = $Array(message.taskIds.length);
                        for (let j = 0; j < message.taskIds.length; ++j)
                            object.taskIds[j] = $root.drover.v1.TaskID.toObject(message.taskIds[j], options, _depth + 1);
                    }
                    return object;
                };

                ReconcileTasks.prototype.toJSON = function() {
                    return ReconcileTasks.toObject(this, $protobuf.util.toJSONOptions);
                };

                ReconcileTasks.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.AgentCommand.ReconcileTasks";
                };

                return ReconcileTasks;
            })();

            return AgentCommand;
        })();

        v1.AgentCommandResponse = (function() {

            const AgentCommandResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentCommandResponse.prototype.ok = false;
            AgentCommandResponse.prototype.errorCode = "";
            AgentCommandResponse.prototype.errorMessage = "";

            AgentCommandResponse.create = function(properties) {
                return new AgentCommandResponse(properties);
            };

            AgentCommandResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(8).bool(message.ok);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(18).string(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                    writer.uint32(26).string(message.errorMessage);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentCommandResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.AgentCommandResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorMessage = value;
                            else
                                delete message.errorMessage;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentCommandResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.AgentCommandResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.AgentCommandResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.AgentCommandResponse();
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.errorCode != null)
                    if (typeof object.errorCode !== "string" || object.errorCode.length)
                        message.errorCode = $String(object.errorCode);
                if (object.errorMessage != null)
                    if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                        message.errorMessage = $String(object.errorMessage);
                return message;
            };

            AgentCommandResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ok = false;
                    object.errorCode = "";
                    object.errorMessage = "";
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    object.errorCode = message.errorCode;
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    object.errorMessage = message.errorMessage;
                return object;
            };

            AgentCommandResponse.prototype.toJSON = function() {
                return AgentCommandResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            AgentCommandResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.AgentCommandResponse";
            };

            return AgentCommandResponse;
        })();

        v1.ExecutorCall = (function() {

            const ExecutorCall = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecutorCall.prototype.type = 0;
            ExecutorCall.prototype.executorId = null;
            ExecutorCall.prototype.frameworkId = null;
            ExecutorCall.prototype.subscribe = null;
            ExecutorCall.prototype.update = null;
            ExecutorCall.prototype.message = null;

            ExecutorCall.create = function(properties) {
                return new ExecutorCall(properties);
            };

            ExecutorCall.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    $root.drover.v1.ExecutorID.encode(message.executorId, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    $root.drover.v1.FrameworkID.encode(message.frameworkId, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    $root.drover.v1.ExecutorCall.Subscribe.encode(message.subscribe, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                    $root.drover.v1.ExecutorCall.Update.encode(message.update, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.drover.v1.ExecutorCall.Message.encode(message.message, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecutorCall.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.ExecutorCall();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.executorId = $root.drover.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.frameworkId = $root.drover.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.subscribe = $root.drover.v1.ExecutorCall.Subscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.update = $root.drover.v1.ExecutorCall.Update.decode(reader, reader.size(), $undefined, _depth + 1, message.update);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.drover.v1.ExecutorCall.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecutorCall.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.ExecutorCall)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.ExecutorCall: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.ExecutorCall();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.ExecutorCall.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "SUBSCRIBE":
                    case 1:
                        message.type = 1;
                        break;
                    case "UPDATE":
                    case 2:
                        message.type = 2;
                        break;
                    case "MESSAGE":
                    case 3:
                        message.type = 3;
                        break;
                    case "HEARTBEAT":
                    case 4:
                        message.type = 4;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.executorId != null) {
                    if (!$util.isObject(object.executorId))
                        throw $TypeError(".drover.v1.ExecutorCall.executorId: object expected");
                    message.executorId = $root.drover.v1.ExecutorID.fromObject(object.executorId, _depth + 1);
                }
                if (object.frameworkId != null) {
                    if (!$util.isObject(object.frameworkId))
                        throw $TypeError(".drover.v1.ExecutorCall.frameworkId: object expected");
                    message.frameworkId = $root.drover.v1.FrameworkID.fromObject(object.frameworkId, _depth + 1);
                }
                if (object.subscribe != null) {
                    if (!$util.isObject(object.subscribe))
                        throw $TypeError(".drover.v1.ExecutorCall.subscribe: object expected");
                    message.subscribe = $root.drover.v1.ExecutorCall.Subscribe.fromObject(object.subscribe, _depth + 1);
                }
                if (object.update != null) {
                    if (!$util.isObject(object.update))
                        throw $TypeError(".drover.v1.ExecutorCall.update: object expected");
                    message.update = $root.drover.v1.ExecutorCall.Update.fromObject(object.update, _depth + 1);
                }
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".drover.v1.ExecutorCall.message: object expected");
                    message.message = $root.drover.v1.ExecutorCall.Message.fromObject(object.message, _depth + 1);
                }
                return message;
            };

            ExecutorCall.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    object.executorId = null;
                    object.frameworkId = null;
                    object.subscribe = null;
                    object.update = null;
                    object.message = null;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.ExecutorCall.Type[message.type] === $undefined ? message.type : $root.drover.v1.ExecutorCall.Type[message.type] : message.type;
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    object.executorId = $root.drover.v1.ExecutorID.toObject(message.executorId, options, _depth + 1);
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    object.frameworkId = $root.drover.v1.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    object.subscribe = $root.drover.v1.ExecutorCall.Subscribe.toObject(message.subscribe, options, _depth + 1);
                if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                    object.update = $root.drover.v1.ExecutorCall.Update.toObject(message.update, options, _depth + 1);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.drover.v1.ExecutorCall.Message.toObject(message.message, options, _depth + 1);
                return object;
            };

            ExecutorCall.prototype.toJSON = function() {
                return ExecutorCall.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecutorCall.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.ExecutorCall";
            };

            ExecutorCall.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SUBSCRIBE"] = 1;
                values[valuesById[2] = "UPDATE"] = 2;
                values[valuesById[3] = "MESSAGE"] = 3;
                values[valuesById[4] = "HEARTBEAT"] = 4;
                return values;
            })();

            ExecutorCall.Subscribe = (function() {

                const Subscribe = function (properties) {
                    this.unacknowledgedTasks = [];
                    this.unacknowledgedUpdates = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Subscribe.prototype.unacknowledgedTasks = $util.emptyArray;
                Subscribe.prototype.unacknowledgedUpdates = $util.emptyArray;

                Subscribe.create = function(properties) {
                    return new Subscribe(properties);
                };

                Subscribe.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.unacknowledgedTasks != null && message.unacknowledgedTasks.length)
                        for (let i = 0; i < message.unacknowledgedTasks.length; ++i)
                            $root.drover.v1.TaskInfo.encode(message.unacknowledgedTasks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.unacknowledgedUpdates != null && message.unacknowledgedUpdates.length)
                        for (let i = 0; i < message.unacknowledgedUpdates.length; ++i)
                            $root.drover.v1.TaskStatus.encode(message.unacknowledgedUpdates[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Subscribe.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorCall.Subscribe();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.unacknowledgedTasks && message.unacknowledgedTasks.length))
                                    message.unacknowledgedTasks = [];
                                message.unacknowledgedTasks.push($root.drover.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.unacknowledgedUpdates && message.unacknowledgedUpdates.length))
                                    message.unacknowledgedUpdates = [];
                                message.unacknowledgedUpdates.push($root.drover.v1.TaskStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Subscribe.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorCall.Subscribe)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorCall.Subscribe: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorCall.Subscribe();
                    if (object.unacknowledgedTasks) {
                        if (!$Array.isArray(object.unacknowledgedTasks))
                            throw $TypeError(".drover.v1.ExecutorCall.Subscribe.unacknowledgedTasks: array expected");
                        message.unacknowledgedTasks = $Array(object.unacknowledgedTasks.length);
                        for (let i = 0; i < object.unacknowledgedTasks.length; ++i) {
                            if (!$util.isObject(object.unacknowledgedTasks[i]))
                                throw $TypeError(".drover.v1.ExecutorCall.Subscribe.unacknowledgedTasks: object expected");
                            message.unacknowledgedTasks[i] = $root.drover.v1.TaskInfo.fromObject(object.unacknowledgedTasks[i], _depth + 1);
                        }
                    }
                    if (object.unacknowledgedUpdates) {
                        if (!$Array.isArray(object.unacknowledgedUpdates))
                            throw $TypeError(".drover.v1.ExecutorCall.Subscribe.unacknowledgedUpdates: array expected");
                        message.unacknowledgedUpdates = $Array(object.unacknowledgedUpdates.length);
                        for (let i = 0; i < object.unacknowledgedUpdates.length; ++i) {
                            if (!$util.isObject(object.unacknowledgedUpdates[i]))
                                throw $TypeError(".drover.v1.ExecutorCall.Subscribe.unacknowledgedUpdates: object expected");
                            message.unacknowledgedUpdates[i] = $root.drover.v1.TaskStatus.fromObject(object.unacknowledgedUpdates[i], _depth + 1);
                        }
                    }
                    return message;
                };

                Subscribe.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.unacknowledgedTasks = [];
                        object.unacknowledgedUpdates = [];
                    }
                    if (message.unacknowledgedTasks && message.unacknowledgedTasks.length) {
                        object.unacknowledgedTasks = $Array(message.unacknowledgedTasks.length);
                        for (let j = 0; j < message.unacknowledgedTasks.length; ++j)
                            object.unacknowledgedTasks[j] = $root.drover.v1.TaskInfo.toObject(message.unacknowledgedTasks[j], options, _depth + 1);
                    }
                    if (message.unacknowledgedUpdates && message.unacknowledgedUpdates.length) {
                        object.unacknowledgedUpdates = $Array(message.unacknowledgedUpdates.length);
                        for (let j = 0; j < message.unacknowledgedUpdates.length; ++j)
                            object.unacknowledgedUpdates[j] = $root.drover.v1.TaskStatus.toObject(message.unacknowledgedUpdates[j], options, _depth + 1);
                    }
                    return object;
                };

                Subscribe.prototype.toJSON = function() {
                    return Subscribe.toObject(this, $protobuf.util.toJSONOptions);
                };

                Subscribe.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorCall.Subscribe";
                };

                return Subscribe;
            })();

            ExecutorCall.Update = (function() {

                const Update = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Update.prototype.status = null;

                Update.create = function(properties) {
                    return new Update(properties);
                };

                Update.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.drover.v1.TaskStatus.encode(message.status, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Update.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorCall.Update();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.drover.v1.TaskStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Update.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorCall.Update)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorCall.Update: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorCall.Update();
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw $TypeError(".drover.v1.ExecutorCall.Update.status: object expected");
                        message.status = $root.drover.v1.TaskStatus.fromObject(object.status, _depth + 1);
                    }
                    return message;
                };

                Update.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.status = null;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = $root.drover.v1.TaskStatus.toObject(message.status, options, _depth + 1);
                    return object;
                };

                Update.prototype.toJSON = function() {
                    return Update.toObject(this, $protobuf.util.toJSONOptions);
                };

                Update.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorCall.Update";
                };

                return Update;
            })();

            ExecutorCall.Message = (function() {

                const Message = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Message.prototype.data = $util.newBuffer([]);

                Message.create = function(properties) {
                    return new Message(properties);
                };

                Message.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(10).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Message.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorCall.Message();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Message.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorCall.Message)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorCall.Message: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorCall.Message();
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                Message.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorCall.Message";
                };

                return Message;
            })();

            return ExecutorCall;
        })();

        v1.ExecutorEvent = (function() {

            const ExecutorEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecutorEvent.prototype.type = 0;
            ExecutorEvent.prototype.subscribed = null;
            ExecutorEvent.prototype.launch = null;
            ExecutorEvent.prototype.launchGroup = null;
            ExecutorEvent.prototype.kill = null;
            ExecutorEvent.prototype.acknowledged = null;
            ExecutorEvent.prototype.message = null;
            ExecutorEvent.prototype.error = null;

            ExecutorEvent.create = function(properties) {
                return new ExecutorEvent(properties);
            };

            ExecutorEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.subscribed != null && $Object.hasOwnProperty.call(message, "subscribed"))
                    $root.drover.v1.ExecutorEvent.Subscribed.encode(message.subscribed, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.launch != null && $Object.hasOwnProperty.call(message, "launch"))
                    $root.drover.v1.ExecutorEvent.Launch.encode(message.launch, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.launchGroup != null && $Object.hasOwnProperty.call(message, "launchGroup"))
                    $root.drover.v1.ExecutorEvent.LaunchGroup.encode(message.launchGroup, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.kill != null && $Object.hasOwnProperty.call(message, "kill"))
                    $root.drover.v1.ExecutorEvent.Kill.encode(message.kill, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.acknowledged != null && $Object.hasOwnProperty.call(message, "acknowledged"))
                    $root.drover.v1.ExecutorEvent.Acknowledged.encode(message.acknowledged, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.drover.v1.ExecutorEvent.Message.encode(message.message, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.drover.v1.ExecutorEvent.Error.encode(message.error, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecutorEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.ExecutorEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.subscribed = $root.drover.v1.ExecutorEvent.Subscribed.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribed);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.launch = $root.drover.v1.ExecutorEvent.Launch.decode(reader, reader.size(), $undefined, _depth + 1, message.launch);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.launchGroup = $root.drover.v1.ExecutorEvent.LaunchGroup.decode(reader, reader.size(), $undefined, _depth + 1, message.launchGroup);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.kill = $root.drover.v1.ExecutorEvent.Kill.decode(reader, reader.size(), $undefined, _depth + 1, message.kill);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.acknowledged = $root.drover.v1.ExecutorEvent.Acknowledged.decode(reader, reader.size(), $undefined, _depth + 1, message.acknowledged);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.drover.v1.ExecutorEvent.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.drover.v1.ExecutorEvent.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecutorEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.ExecutorEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.ExecutorEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.ExecutorEvent();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.drover.v1.ExecutorEvent.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "SUBSCRIBED":
                    case 1:
                        message.type = 1;
                        break;
                    case "LAUNCH":
                    case 2:
                        message.type = 2;
                        break;
                    case "KILL":
                    case 3:
                        message.type = 3;
                        break;
                    case "ACKNOWLEDGED":
                    case 4:
                        message.type = 4;
                        break;
                    case "MESSAGE":
                    case 5:
                        message.type = 5;
                        break;
                    case "ERROR":
                    case 6:
                        message.type = 6;
                        break;
                    case "SHUTDOWN":
                    case 7:
                        message.type = 7;
                        break;
                    case "LAUNCH_GROUP":
                    case 8:
                        message.type = 8;
                        break;
                    case "HEARTBEAT":
                    case 9:
                        message.type = 9;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.subscribed != null) {
                    if (!$util.isObject(object.subscribed))
                        throw $TypeError(".drover.v1.ExecutorEvent.subscribed: object expected");
                    message.subscribed = $root.drover.v1.ExecutorEvent.Subscribed.fromObject(object.subscribed, _depth + 1);
                }
                if (object.launch != null) {
                    if (!$util.isObject(object.launch))
                        throw $TypeError(".drover.v1.ExecutorEvent.launch: object expected");
                    message.launch = $root.drover.v1.ExecutorEvent.Launch.fromObject(object.launch, _depth + 1);
                }
                if (object.launchGroup != null) {
                    if (!$util.isObject(object.launchGroup))
                        throw $TypeError(".drover.v1.ExecutorEvent.launchGroup: object expected");
                    message.launchGroup = $root.drover.v1.ExecutorEvent.LaunchGroup.fromObject(object.launchGroup, _depth + 1);
                }
                if (object.kill != null) {
                    if (!$util.isObject(object.kill))
                        throw $TypeError(".drover.v1.ExecutorEvent.kill: object expected");
                    message.kill = $root.drover.v1.ExecutorEvent.Kill.fromObject(object.kill, _depth + 1);
                }
                if (object.acknowledged != null) {
                    if (!$util.isObject(object.acknowledged))
                        throw $TypeError(".drover.v1.ExecutorEvent.acknowledged: object expected");
                    message.acknowledged = $root.drover.v1.ExecutorEvent.Acknowledged.fromObject(object.acknowledged, _depth + 1);
                }
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".drover.v1.ExecutorEvent.message: object expected");
                    message.message = $root.drover.v1.ExecutorEvent.Message.fromObject(object.message, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".drover.v1.ExecutorEvent.error: object expected");
                    message.error = $root.drover.v1.ExecutorEvent.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            ExecutorEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    object.subscribed = null;
                    object.launch = null;
                    object.launchGroup = null;
                    object.kill = null;
                    object.acknowledged = null;
                    object.message = null;
                    object.error = null;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.drover.v1.ExecutorEvent.Type[message.type] === $undefined ? message.type : $root.drover.v1.ExecutorEvent.Type[message.type] : message.type;
                if (message.subscribed != null && $Object.hasOwnProperty.call(message, "subscribed"))
                    object.subscribed = $root.drover.v1.ExecutorEvent.Subscribed.toObject(message.subscribed, options, _depth + 1);
                if (message.launch != null && $Object.hasOwnProperty.call(message, "launch"))
                    object.launch = $root.drover.v1.ExecutorEvent.Launch.toObject(message.launch, options, _depth + 1);
                if (message.launchGroup != null && $Object.hasOwnProperty.call(message, "launchGroup"))
                    object.launchGroup = $root.drover.v1.ExecutorEvent.LaunchGroup.toObject(message.launchGroup, options, _depth + 1);
                if (message.kill != null && $Object.hasOwnProperty.call(message, "kill"))
                    object.kill = $root.drover.v1.ExecutorEvent.Kill.toObject(message.kill, options, _depth + 1);
                if (message.acknowledged != null && $Object.hasOwnProperty.call(message, "acknowledged"))
                    object.acknowledged = $root.drover.v1.ExecutorEvent.Acknowledged.toObject(message.acknowledged, options, _depth + 1);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.drover.v1.ExecutorEvent.Message.toObject(message.message, options, _depth + 1);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.drover.v1.ExecutorEvent.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            ExecutorEvent.prototype.toJSON = function() {
                return ExecutorEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecutorEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.ExecutorEvent";
            };

            ExecutorEvent.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SUBSCRIBED"] = 1;
                values[valuesById[2] = "LAUNCH"] = 2;
                values[valuesById[3] = "KILL"] = 3;
                values[valuesById[4] = "ACKNOWLEDGED"] = 4;
                values[valuesById[5] = "MESSAGE"] = 5;
                values[valuesById[6] = "ERROR"] = 6;
                values[valuesById[7] = "SHUTDOWN"] = 7;
                values[valuesById[8] = "LAUNCH_GROUP"] = 8;
                values[valuesById[9] = "HEARTBEAT"] = 9;
                return values;
            })();

            ExecutorEvent.Subscribed = (function() {

                const Subscribed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Subscribed.prototype.executorInfo = null;
                Subscribed.prototype.frameworkInfo = null;
                Subscribed.prototype.agentInfo = null;
                Subscribed.prototype.containerId = null;

                Subscribed.create = function(properties) {
                    return new Subscribed(properties);
                };

                Subscribed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executorInfo != null && $Object.hasOwnProperty.call(message, "executorInfo"))
                        $root.drover.v1.ExecutorInfo.encode(message.executorInfo, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.frameworkInfo != null && $Object.hasOwnProperty.call(message, "frameworkInfo"))
                        $root.drover.v1.FrameworkInfo.encode(message.frameworkInfo, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.agentInfo != null && $Object.hasOwnProperty.call(message, "agentInfo"))
                        $root.drover.v1.AgentInfo.encode(message.agentInfo, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                        $root.drover.v1.ContainerID.encode(message.containerId, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Subscribed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorEvent.Subscribed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.executorInfo = $root.drover.v1.ExecutorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.executorInfo);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.frameworkInfo = $root.drover.v1.FrameworkInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkInfo);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.agentInfo = $root.drover.v1.AgentInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.agentInfo);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.containerId = $root.drover.v1.ContainerID.decode(reader, reader.size(), $undefined, _depth + 1, message.containerId);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Subscribed.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorEvent.Subscribed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorEvent.Subscribed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorEvent.Subscribed();
                    if (object.executorInfo != null) {
                        if (!$util.isObject(object.executorInfo))
                            throw $TypeError(".drover.v1.ExecutorEvent.Subscribed.executorInfo: object expected");
                        message.executorInfo = $root.drover.v1.ExecutorInfo.fromObject(object.executorInfo, _depth + 1);
                    }
                    if (object.frameworkInfo != null) {
                        if (!$util.isObject(object.frameworkInfo))
                            throw $TypeError(".drover.v1.ExecutorEvent.Subscribed.frameworkInfo: object expected");
                        message.frameworkInfo = $root.drover.v1.FrameworkInfo.fromObject(object.frameworkInfo, _depth + 1);
                    }
                    if (object.agentInfo != null) {
                        if (!$util.isObject(object.agentInfo))
                            throw $TypeError(".drover.v1.ExecutorEvent.Subscribed.agentInfo: object expected");
                        message.agentInfo = $root.drover.v1.AgentInfo.fromObject(object.agentInfo, _depth + 1);
                    }
                    if (object.containerId != null) {
                        if (!$util.isObject(object.containerId))
                            throw $TypeError(".drover.v1.ExecutorEvent.Subscribed.containerId: object expected");
                        message.containerId = $root.drover.v1.ContainerID.fromObject(object.containerId, _depth + 1);
                    }
                    return message;
                };

                Subscribed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executorInfo = null;
                        object.frameworkInfo = null;
                        object.agentInfo = null;
                        object.containerId = null;
                    }
                    if (message.executorInfo != null && $Object.hasOwnProperty.call(message, "executorInfo"))
                        object.executorInfo = $root.drover.v1.ExecutorInfo.toObject(message.executorInfo, options, _depth + 1);
                    if (message.frameworkInfo != null && $Object.hasOwnProperty.call(message, "frameworkInfo"))
                        object.frameworkInfo = $root.drover.v1.FrameworkInfo.toObject(message.frameworkInfo, options, _depth + 1);
                    if (message.agentInfo != null && $Object.hasOwnProperty.call(message, "agentInfo"))
                        object.agentInfo = $root.drover.v1.AgentInfo.toObject(message.agentInfo, options, _depth + 1);
                    if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                        object.containerId = $root.drover.v1.ContainerID.toObject(message.containerId, options, _depth + 1);
                    return object;
                };

                Subscribed.prototype.toJSON = function() {
                    return Subscribed.toObject(this, $protobuf.util.toJSONOptions);
                };

                Subscribed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorEvent.Subscribed";
                };

                return Subscribed;
            })();

            ExecutorEvent.Launch = (function() {

                const Launch = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Launch.prototype.task = null;

                Launch.create = function(properties) {
                    return new Launch(properties);
                };

                Launch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                        $root.drover.v1.TaskInfo.encode(message.task, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Launch.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorEvent.Launch();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.task = $root.drover.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Launch.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorEvent.Launch)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorEvent.Launch: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorEvent.Launch();
                    if (object.task != null) {
                        if (!$util.isObject(object.task))
                            throw $TypeError(".drover.v1.ExecutorEvent.Launch.task: object expected");
                        message.task = $root.drover.v1.TaskInfo.fromObject(object.task, _depth + 1);
                    }
                    return message;
                };

                Launch.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.task = null;
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                        object.task = $root.drover.v1.TaskInfo.toObject(message.task, options, _depth + 1);
                    return object;
                };

                Launch.prototype.toJSON = function() {
                    return Launch.toObject(this, $protobuf.util.toJSONOptions);
                };

                Launch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorEvent.Launch";
                };

                return Launch;
            })();

            ExecutorEvent.LaunchGroup = (function() {

                const LaunchGroup = function (properties) {
                    this.taskGroup = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                LaunchGroup.prototype.taskGroup = $util.emptyArray;

                LaunchGroup.create = function(properties) {
                    return new LaunchGroup(properties);
                };

                LaunchGroup.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.taskGroup != null && message.taskGroup.length)
                        for (let i = 0; i < message.taskGroup.length; ++i)
                            $root.drover.v1.TaskInfo.encode(message.taskGroup[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                LaunchGroup.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorEvent.LaunchGroup();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.taskGroup && message.taskGroup.length))
                                    message.taskGroup = [];
                                message.taskGroup.push($root.drover.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                LaunchGroup.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorEvent.LaunchGroup)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorEvent.LaunchGroup: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorEvent.LaunchGroup();
                    if (object.taskGroup) {
                        if (!$Array.isArray(object.taskGroup))
                            throw $TypeError(".drover.v1.ExecutorEvent.LaunchGroup.taskGroup: array expected");
                        message.taskGroup = $Array(object.taskGroup.length);
                        for (let i = 0; i < object.taskGroup.length; ++i) {
                            if (!$util.isObject(object.taskGroup[i]))
                                throw $TypeError(".drover.v1.ExecutorEvent.LaunchGroup.taskGroup: object expected");
                            message.taskGroup[i] = $root.drover.v1.TaskInfo.fromObject(object.taskGroup[i], _depth + 1);
                        }
                    }
                    return message;
                };

                LaunchGroup.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.taskGroup = [];
                    if (message.taskGroup && message.taskGroup.length) {
                        object.taskGroup = $Array(message.taskGroup.length);
                        for (let j = 0; j < message.taskGroup.length; ++j)
                            object.taskGroup[j] = $root.drover.v1.TaskInfo.toObject(message.taskGroup[j], options, _depth + 1);
                    }
                    return object;
                };

                LaunchGroup.prototype.toJSON = function() {
                    return LaunchGroup.toObject(this, $protobuf.util.toJSONOptions);
                };

                LaunchGroup.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorEvent.LaunchGroup";
                };

                return LaunchGroup;
            })();

            ExecutorEvent.Kill = (function() {

                const Kill = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Kill.prototype.taskId = null;
                Kill.prototype.killPolicy = null;

                Kill.create = function(properties) {
                    return new Kill(properties);
                };

                Kill.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        $root.drover.v1.TaskID.encode(message.taskId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.killPolicy != null && $Object.hasOwnProperty.call(message, "killPolicy"))
                        $root.drover.v1.KillPolicy.encode(message.killPolicy, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Kill.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorEvent.Kill();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.taskId = $root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.killPolicy = $root.drover.v1.KillPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.killPolicy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Kill.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorEvent.Kill)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorEvent.Kill: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorEvent.Kill();
                    if (object.taskId != null) {
                        if (!$util.isObject(object.taskId))
                            throw $TypeError(".drover.v1.ExecutorEvent.Kill.taskId: object expected");
                        message.taskId = $root.drover.v1.TaskID.fromObject(object.taskId, _depth + 1);
                    }
                    if (object.killPolicy != null) {
                        if (!$util.isObject(object.killPolicy))
                            throw $TypeError(".drover.v1.ExecutorEvent.Kill.killPolicy: object expected");
                        message.killPolicy = $root.drover.v1.KillPolicy.fromObject(object.killPolicy, _depth + 1);
                    }
                    return message;
                };

                Kill.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.taskId = null;
                        object.killPolicy = null;
                    }
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        object.taskId = $root.drover.v1.TaskID.toObject(message.taskId, options, _depth + 1);
                    if (message.killPolicy != null && $Object.hasOwnProperty.call(message, "killPolicy"))
                        object.killPolicy = $root.drover.v1.KillPolicy.toObject(message.killPolicy, options, _depth + 1);
                    return object;
                };

                Kill.prototype.toJSON = function() {
                    return Kill.toObject(this, $protobuf.util.toJSONOptions);
                };

                Kill.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorEvent.Kill";
                };

                return Kill;
            })();

            ExecutorEvent.Acknowledged = (function() {

                const Acknowledged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Acknowledged.prototype.taskId = null;
                Acknowledged.prototype.uuid = $util.newBuffer([]);

                Acknowledged.create = function(properties) {
                    return new Acknowledged(properties);
                };

                Acknowledged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        $root.drover.v1.TaskID.encode(message.taskId, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid.length)
                        writer.uint32(18).bytes(message.uuid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Acknowledged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorEvent.Acknowledged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.taskId = $root.drover.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.uuid = value;
                                else
                                    delete message.uuid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Acknowledged.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorEvent.Acknowledged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorEvent.Acknowledged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorEvent.Acknowledged();
                    if (object.taskId != null) {
                        if (!$util.isObject(object.taskId))
                            throw $TypeError(".drover.v1.ExecutorEvent.Acknowledged.taskId: object expected");
                        message.taskId = $root.drover.v1.TaskID.fromObject(object.taskId, _depth + 1);
                    }
                    if (object.uuid != null)
                        if (object.uuid.length)
                            if (typeof object.uuid === "string")
                                $util.base64.decode(object.uuid, message.uuid = $util.newBuffer($util.base64.length(object.uuid)), 0);
                            else if (object.uuid.length >= 0)
                                message.uuid = object.uuid;
                    return message;
                };

                Acknowledged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.taskId = null;
                        if (options.bytes === $String)
                            object.uuid = "";
                        else {
                            object.uuid = [];
                            if (options.bytes !== $Array)
                                object.uuid = $util.newBuffer(object.uuid);
                        }
                    }
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        object.taskId = $root.drover.v1.TaskID.toObject(message.taskId, options, _depth + 1);
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        object.uuid = options.bytes === $String ? $util.base64.encode(message.uuid, 0, message.uuid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.uuid) : message.uuid;
                    return object;
                };

                Acknowledged.prototype.toJSON = function() {
                    return Acknowledged.toObject(this, $protobuf.util.toJSONOptions);
                };

                Acknowledged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorEvent.Acknowledged";
                };

                return Acknowledged;
            })();

            ExecutorEvent.Message = (function() {

                const Message = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Message.prototype.data = $util.newBuffer([]);

                Message.create = function(properties) {
                    return new Message(properties);
                };

                Message.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(10).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Message.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorEvent.Message();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Message.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorEvent.Message)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorEvent.Message: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorEvent.Message();
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                Message.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorEvent.Message";
                };

                return Message;
            })();

            ExecutorEvent.Error = (function() {

                const Error = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Error.prototype.message = "";

                Error.create = function(properties) {
                    return new Error(properties);
                };

                Error.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(10).string(message.message);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Error.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.drover.v1.ExecutorEvent.Error();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Error.fromObject = function (object, _depth) {
                    if (object instanceof $root.drover.v1.ExecutorEvent.Error)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".drover.v1.ExecutorEvent.Error: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.drover.v1.ExecutorEvent.Error();
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    return message;
                };

                Error.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.message = "";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                Error.prototype.toJSON = function() {
                    return Error.toObject(this, $protobuf.util.toJSONOptions);
                };

                Error.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/drover.v1.ExecutorEvent.Error";
                };

                return Error;
            })();

            return ExecutorEvent;
        })();

        v1.RegistryAgent = (function() {

            const RegistryAgent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RegistryAgent.prototype.info = null;
            RegistryAgent.prototype.state = 0;
            RegistryAgent.prototype.since = 0;

            RegistryAgent.create = function(properties) {
                return new RegistryAgent(properties);
            };

            RegistryAgent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.drover.v1.AgentInfo.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(16).int32(message.state);
                if (message.since != null && $Object.hasOwnProperty.call(message, "since") && !$Object.is(message.since, 0))
                    writer.uint32(25).double(message.since);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RegistryAgent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.RegistryAgent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.drover.v1.AgentInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.since = value;
                            else
                                delete message.since;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RegistryAgent.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.RegistryAgent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.RegistryAgent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.RegistryAgent();
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".drover.v1.RegistryAgent.info: object expected");
                    message.info = $root.drover.v1.AgentInfo.fromObject(object.info, _depth + 1);
                }
                if (object.state !== 0 && (typeof object.state !== "string" || $root.drover.v1.RegistryAgent.State[object.state] !== 0))
                    switch (object.state) {
                    case "STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "ADMITTED":
                    case 1:
                        message.state = 1;
                        break;
                    case "UNREACHABLE":
                    case 2:
                        message.state = 2;
                        break;
                    case "GONE":
                    case 3:
                        message.state = 3;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.since != null)
                    if (!$Object.is($Number(object.since), 0))
                        message.since = $Number(object.since);
                return message;
            };

            RegistryAgent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.info = null;
                    object.state = options.enums === $String ? "STATE_UNSPECIFIED" : 0;
                    object.since = 0;
                }
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.drover.v1.AgentInfo.toObject(message.info, options, _depth + 1);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.drover.v1.RegistryAgent.State[message.state] === $undefined ? message.state : $root.drover.v1.RegistryAgent.State[message.state] : message.state;
                if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                    object.since = options.json && !$isFinite(message.since) ? $String(message.since) : message.since;
                return object;
            };

            RegistryAgent.prototype.toJSON = function() {
                return RegistryAgent.toObject(this, $protobuf.util.toJSONOptions);
            };

            RegistryAgent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.RegistryAgent";
            };

            RegistryAgent.State = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ADMITTED"] = 1;
                values[valuesById[2] = "UNREACHABLE"] = 2;
                values[valuesById[3] = "GONE"] = 3;
                return values;
            })();

            return RegistryAgent;
        })();

        v1.RegistryFramework = (function() {

            const RegistryFramework = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RegistryFramework.prototype.info = null;
            RegistryFramework.prototype.disconnectedAt = 0;

            RegistryFramework.create = function(properties) {
                return new RegistryFramework(properties);
            };

            RegistryFramework.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.drover.v1.FrameworkInfo.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.disconnectedAt != null && $Object.hasOwnProperty.call(message, "disconnectedAt") && !$Object.is(message.disconnectedAt, 0))
                    writer.uint32(17).double(message.disconnectedAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RegistryFramework.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.RegistryFramework();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.drover.v1.FrameworkInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.disconnectedAt = value;
                            else
                                delete message.disconnectedAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RegistryFramework.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.RegistryFramework)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.RegistryFramework: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.RegistryFramework();
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".drover.v1.RegistryFramework.info: object expected");
                    message.info = $root.drover.v1.FrameworkInfo.fromObject(object.info, _depth + 1);
                }
                if (object.disconnectedAt != null)
                    if (!$Object.is($Number(object.disconnectedAt), 0))
                        message.disconnectedAt = $Number(object.disconnectedAt);
                return message;
            };

            RegistryFramework.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.info = null;
                    object.disconnectedAt = 0;
                }
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.drover.v1.FrameworkInfo.toObject(message.info, options, _depth + 1);
                if (message.disconnectedAt != null && $Object.hasOwnProperty.call(message, "disconnectedAt"))
                    object.disconnectedAt = options.json && !$isFinite(message.disconnectedAt) ? $String(message.disconnectedAt) : message.disconnectedAt;
                return object;
            };

            RegistryFramework.prototype.toJSON = function() {
                return RegistryFramework.toObject(this, $protobuf.util.toJSONOptions);
            };

            RegistryFramework.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.RegistryFramework";
            };

            return RegistryFramework;
        })();

        v1.RegistryRole = (function() {

            const RegistryRole = function (properties) {
                this.quotaLimit = [];
                this.quotaGuarantee = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RegistryRole.prototype.role = "";
            RegistryRole.prototype.weight = 0;
            RegistryRole.prototype.quotaLimit = $util.emptyArray;
            RegistryRole.prototype.quotaGuarantee = $util.emptyArray;

            RegistryRole.create = function(properties) {
                return new RegistryRole(properties);
            };

            RegistryRole.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(10).string(message.role);
                if (message.weight != null && $Object.hasOwnProperty.call(message, "weight") && !$Object.is(message.weight, 0))
                    writer.uint32(17).double(message.weight);
                if (message.quotaLimit != null && message.quotaLimit.length)
                    for (let i = 0; i < message.quotaLimit.length; ++i)
                        $root.drover.v1.Resource.encode(message.quotaLimit[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.quotaGuarantee != null && message.quotaGuarantee.length)
                    for (let i = 0; i < message.quotaGuarantee.length; ++i)
                        $root.drover.v1.Resource.encode(message.quotaGuarantee[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RegistryRole.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.drover.v1.RegistryRole();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.weight = value;
                            else
                                delete message.weight;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.quotaLimit && message.quotaLimit.length))
                                message.quotaLimit = [];
                            message.quotaLimit.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.quotaGuarantee && message.quotaGuarantee.length))
                                message.quotaGuarantee = [];
                            message.quotaGuarantee.push($root.drover.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RegistryRole.fromObject = function (object, _depth) {
                if (object instanceof $root.drover.v1.RegistryRole)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".drover.v1.RegistryRole: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.drover.v1.RegistryRole();
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.weight != null)
                    if (!$Object.is($Number(object.weight), 0))
                        message.weight = $Number(object.weight);
                if (object.quotaLimit) {
                    if (!$Array.isArray(object.quotaLimit))
                        throw $TypeError(".drover.v1.RegistryRole.quotaLimit: array expected");
                    message.quotaLimit = $Array(object.quotaLimit.length);
                    for (let i = 0; i < object.quotaLimit.length; ++i) {
                        if (!$util.isObject(object.quotaLimit[i]))
                            throw $TypeError(".drover.v1.RegistryRole.quotaLimit: object expected");
                        message.quotaLimit[i] = $root.drover.v1.Resource.fromObject(object.quotaLimit[i], _depth + 1);
                    }
                }
                if (object.quotaGuarantee) {
                    if (!$Array.isArray(object.quotaGuarantee))
                        throw $TypeError(".drover.v1.RegistryRole.quotaGuarantee: array expected");
                    message.quotaGuarantee = $Array(object.quotaGuarantee.length);
                    for (let i = 0; i < object.quotaGuarantee.length; ++i) {
                        if (!$util.isObject(object.quotaGuarantee[i]))
                            throw $TypeError(".drover.v1.RegistryRole.quotaGuarantee: object expected");
                        message.quotaGuarantee[i] = $root.drover.v1.Resource.fromObject(object.quotaGuarantee[i], _depth + 1);
                    }
                }
                return message;
            };

            RegistryRole.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.quotaLimit = [];
                    object.quotaGuarantee = [];
                }
                if (options.defaults) {
                    object.role = "";
                    object.weight = 0;
                }
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                    object.weight = options.json && !$isFinite(message.weight) ? $String(message.weight) : message.weight;
                if (message.quotaLimit && message.quotaLimit.length) {
                    object.quotaLimit = $Array(message.quotaLimit.length);
                    for (let j = 0; j < message.quotaLimit.length; ++j)
                        object.quotaLimit[j] = $root.drover.v1.Resource.toObject(message.quotaLimit[j], options, _depth + 1);
                }
                if (message.quotaGuarantee && message.quotaGuarantee.length) {
                    object.quotaGuarantee = $Array(message.quotaGuarantee.length);
                    for (let j = 0; j < message.quotaGuarantee.length; ++j)
                        object.quotaGuarantee[j] = $root.drover.v1.Resource.toObject(message.quotaGuarantee[j], options, _depth + 1);
                }
                return object;
            };

            RegistryRole.prototype.toJSON = function() {
                return RegistryRole.toObject(this, $protobuf.util.toJSONOptions);
            };

            RegistryRole.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/drover.v1.RegistryRole";
            };

            return RegistryRole;
        })();

        return v1;
    })();

    return drover;
})();

export {
  $root as default
};
